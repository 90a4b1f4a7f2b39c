import { spawnSync } from 'node:child_process'
import { expect, test } from './support/fixtures'
import { BuildPanel } from './pages/build-panel'
import { CheckPanel } from './pages/check-panel'
import { ANYMAIL_WITH_TEMPLATES } from './support/cases'

/** Runs the command-line tool the README documents, on the same share link the page made. */
function policyCli(args: string[]): { stdout: string; status: number | null } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
  })
  return { stdout: result.stdout, status: result.status }
}

test.describe('the CLI and the page', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  })

  test('returns byte for byte the policy the page shows for the same link', async ({ page }) => {
    const build = new BuildPanel(page)
    await build.open()
    await build.fill({ ...ANYMAIL_WITH_TEMPLATES, features: ['send', 'templates', 'sns-confirm'] })
    const shown = await build.policyText()
    const link = await build.shareLink()

    const { stdout, status } = policyCli(['generate', '--link', link])

    expect(status).toBe(0)
    expect(stdout).toBe(shown)
  })

  test('returns the findings the page lists for the same policy and link', async ({ page }) => {
    const build = new BuildPanel(page)
    await build.open()
    await build.fill(ANYMAIL_WITH_TEMPLATES)
    const check = new CheckPanel(page)
    await check.open()
    await check.setSharePolicy(true)
    const pasted = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'allow', Action: ['ses:SendEmail', 'sesv2:SendBulkEmail'], Resource: '*' },
        ],
      },
      null,
      2,
    )
    await check.paste(pasted)
    await expect.poll(() => check.findingCodes()).toContain('EFFECT_INVALID')
    const shown = await page
      .getByTestId('finding')
      .evaluateAll((items) => items.map((i) => `${i.dataset.code} ${i.dataset.path}`))
    const link = await build.shareLink()

    const { stdout, status } = policyCli(['check', '--link', link, '--format', 'json'])

    const findings = JSON.parse(stdout).findings as { code: string; path: string }[]
    expect(status).toBe(1)
    expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual(shown)
  })
})
