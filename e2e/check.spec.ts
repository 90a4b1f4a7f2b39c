import { expect, test } from './support/fixtures'
import { BuildPanel } from './pages/build-panel'
import { CheckPanel } from './pages/check-panel'
import { ANYMAIL_WITH_TEMPLATES, IDENTITY_ARN, TEMPLATE_ARN } from './support/cases'

test.describe('Check tab', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  })

  test('returns the generated policy in the editor when it is chosen', async ({ page }) => {
    const build = new BuildPanel(page)
    await build.open()
    await build.fill(ANYMAIL_WITH_TEMPLATES)
    const generated = await build.policyText()
    const check = new CheckPanel(page)
    await check.open()

    await check.useGenerated()

    await expect.poll(() => check.text()).toBe(generated)
  })

  test('returns located findings, moves to one and applies its fix', async ({ page }) => {
    const pasted = [
      '{',
      '  "Version": "2008-10-17",',
      '  "Statement": [',
      '    { "Effect": "Allow", "Action": ["sesv2:SendEmail"], "Resource": ["*"] }',
      '  ]',
      '}',
    ].join('\n')
    await new BuildPanel(page).open()
    const check = new CheckPanel(page)
    await check.open()
    await check.paste(pasted)

    // The policy also grants nothing the default app needs; those findings are tested below.
    await expect
      .poll(() => check.findingCodes())
      .toEqual(expect.arrayContaining(['VERSION_OLD', 'SERVICE_UNKNOWN']))
    await expect(check.finding('SERVICE_UNKNOWN')).toHaveAttribute(
      'data-path',
      'Statement[0].Action[0]',
    )
    await expect(check.editor.locator('.squiggly-warning').first()).toBeVisible()
    await expect(check.editor.locator('.squiggly-error').first()).toBeVisible()
    await check.selectFinding('SERVICE_UNKNOWN')
    expect(await check.selection()).toBe('"sesv2:SendEmail"')

    await check.applyFix('SERVICE_UNKNOWN')

    await expect.poll(() => check.findingCodes()).not.toContain('SERVICE_UNKNOWN')
    expect(await check.findingCodes()).toContain('VERSION_OLD')
    expect(await check.text()).toContain('"Action": ["ses:SendEmail"]')
  })

  test('returns missing and unneeded grants for the app, and adds what is missing', async ({
    page,
  }) => {
    const pasted = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['ses:SendEmail', 'ses:SendRawEmail'],
            Resource: [IDENTITY_ARN],
          },
        ],
      },
      null,
      2,
    )
    const build = new BuildPanel(page)
    await build.open()
    await build.fill(ANYMAIL_WITH_TEMPLATES)
    const check = new CheckPanel(page)
    await check.open()
    await check.paste(pasted)

    await expect
      .poll(() => check.grants('missing-item'))
      .toEqual([
        `ses:SendBulkEmail ${IDENTITY_ARN}`,
        `ses:SendBulkEmail ${TEMPLATE_ARN}`,
        `ses:SendBulkTemplatedEmail ${IDENTITY_ARN}`,
        `ses:SendBulkTemplatedEmail ${TEMPLATE_ARN}`,
      ])
    expect(await check.grants('unneeded-item')).toEqual([`ses:SendEmail ${IDENTITY_ARN}`])
    await check.applyFix('MISSING_PERMISSION')

    await expect.poll(() => check.grants('missing-item')).toEqual([])
    expect(await check.findingCodes()).toEqual(['UNNEEDED_ACTION'])
  })

  test('returns the pasted policy from a link only when the user opted in', async ({
    page,
    context,
  }) => {
    const pasted = '{\n  "Version": "2012-10-17",\n  "Statement": []\n}'
    const build = new BuildPanel(page)
    await build.open()
    const check = new CheckPanel(page)
    await check.open()
    await check.paste(pasted)
    await expect.poll(() => check.text()).toBe(pasted)
    const withoutPolicy = await build.shareLink()

    await check.setSharePolicy(true)
    await expect.poll(() => page.url()).not.toBe(withoutPolicy)
    const withPolicy = await build.shareLink()

    const fresh = await context.newPage()
    await fresh.goto(withoutPolicy)
    await expect(fresh.getByTestId('build-panel')).toBeVisible()
    await fresh.goto(withPolicy)
    await fresh.reload()
    await expect.poll(() => new CheckPanel(fresh).text()).toBe(pasted)
    await fresh.close()
  })

  test('returns the account and region it read from the policy when none was entered', async ({
    page,
  }) => {
    await new BuildPanel(page).open()
    const check = new CheckPanel(page)
    await check.open()
    const pasted = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: IDENTITY_ARN }],
    })

    await check.paste(pasted)

    await expect(page.getByTestId('check-assumed')).toContainText('account 111122223333')
    await expect(page.getByTestId('check-assumed')).toContainText('regions us-east-1')
    expect(await check.grants('missing-item')).toEqual([])
  })
})
