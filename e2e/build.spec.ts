import { readFile } from 'node:fs/promises'
import { expect, test } from './support/fixtures'
import { BuildPanel } from './pages/build-panel'
import { accessLevelOf } from './support/reference'
import { ANYMAIL_WITH_TEMPLATES, IDENTITY_ARN, TEMPLATE_ARN, grantsOf } from './support/cases'

test.describe('Build tab', () => {
  test('returns the Anymail send and template grants when the real case is entered', async ({
    page,
  }) => {
    const build = new BuildPanel(page)
    await build.open()

    await build.fill(ANYMAIL_WITH_TEMPLATES)

    await expect
      .poll(async () => grantsOf(await build.policyText()))
      .toEqual([
        `ses:SendBulkEmail ${IDENTITY_ARN}`,
        `ses:SendBulkEmail ${TEMPLATE_ARN}`,
        `ses:SendBulkTemplatedEmail ${IDENTITY_ARN}`,
        `ses:SendBulkTemplatedEmail ${TEMPLATE_ARN}`,
        `ses:SendRawEmail ${IDENTITY_ARN}`,
      ])
    const shown = await build.policyText()
    await expect(page.getByTestId('policy-size')).toHaveAttribute(
      'data-characters',
      String(shown.replace(/\s/g, '').length),
    )
  })

  test('returns a changed policy when a feature is ticked and an identity typed', async ({
    page,
  }) => {
    const build = new BuildPanel(page)
    await build.open()
    const before = await build.policyText()

    await build.setFeature('templates', true)
    await build.addEntries('identities', ['example.com'])

    await expect.poll(() => build.policyText()).not.toBe(before)
    const after = await build.policyText()
    expect(after).toContain('ses:SendBulkTemplatedEmail')
    expect(after).toContain('identity/example.com')
    expect(before).not.toContain('ses:SendBulkTemplatedEmail')
  })

  for (const [name, block] of [
    ['is still loading', () => new Promise<void>(() => undefined)],
    ['failed to load', async () => undefined],
  ] as const) {
    test(`returns the policy as plain text when Monaco ${name}`, async ({ page }) => {
      await page.route(/\/assets\/PolicyEditor-[^/]*\.js$/, async (route) => {
        await block()
        await route.abort()
      })
      const build = new BuildPanel(page)

      await build.open()

      await expect(build.plainText).toContainText('"ses:SendRawEmail"')
      await build.setFeature('templates', true)
      await expect(build.plainText).toContainText('ses:SendBulkTemplatedEmail')
    })
  }

  test('returns an input issue beside the account when it is not 12 digits', async ({ page }) => {
    const build = new BuildPanel(page)
    await build.open()

    await build.setText('account', '1234')

    await expect(build.issueOf('account')).toHaveAttribute('aria-invalid', 'true')
    await build.setText('account', '111122223333')
    await expect(build.issueOf('account')).toHaveAttribute('aria-invalid', 'false')
  })

  test('returns the shown policy on the clipboard when Copy is pressed', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const build = new BuildPanel(page)
    await build.open()
    await build.fill(ANYMAIL_WITH_TEMPLATES)
    const shown = await build.policyText()

    await build.copy()

    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown)
  })

  test('returns policy.json with the shown policy when Download is pressed', async ({ page }) => {
    const build = new BuildPanel(page)
    await build.open()
    await build.fill(ANYMAIL_WITH_TEMPLATES)
    const shown = await build.policyText()

    const download = await build.download()

    expect(download.suggestedFilename()).toBe('policy.json')
    expect(await readFile(await download.path(), 'utf8')).toBe(shown)
  })

  test('returns the access level and the reason when an action is hovered', async ({ page }) => {
    const build = new BuildPanel(page)
    await build.open()
    const reason = await build.firstReasonOf('ses:SendRawEmail')

    const hover = await build.hoverAction('ses:SendRawEmail')

    expect(hover).toContain(`access level: ${accessLevelOf('SendRawEmail')}`)
    expect(hover).toContain(reason)
  })
})
