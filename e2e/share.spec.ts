import { expect, test } from './support/fixtures'
import type { Browser } from '@playwright/test'
import { BuildPanel } from './pages/build-panel'
import { ANYMAIL_WITH_TEMPLATES } from './support/cases'

/** The policy a fresh page shows with no link at all: the defaults. */
async function defaultPolicy(browser: Browser): Promise<string> {
  const page = await browser.newPage()
  const text = await new BuildPanel(page).open().then(() => new BuildPanel(page).policyText())
  await page.close()
  return text
}

test.describe('share link', () => {
  test('returns the same policy when the link is opened in a fresh page', async ({
    page,
    browser,
  }) => {
    const build = new BuildPanel(page)
    await build.open()
    await build.fill(ANYMAIL_WITH_TEMPLATES)
    const shown = await build.policyText()
    const link = await build.shareLink()

    const fresh = await browser.newPage()
    const opened = new BuildPanel(fresh)
    await opened.open(link)

    await expect.poll(() => opened.policyText()).toBe(shown)
    await expect(fresh.getByTestId('input-account')).toHaveValue(ANYMAIL_WITH_TEMPLATES.account)
    await expect(fresh.getByTestId('link-error')).toHaveCount(0)
    await fresh.close()
  })

  for (const [kind, fragment] of [
    ['damaged', '#v1.not-a-real-link'],
    ['from another tool', '#state=%7B%22sender%22%3A1%7D'],
  ]) {
    test(`returns the message and the defaults when the link is ${kind}`, async ({
      page,
      browser,
    }) => {
      const expected = await defaultPolicy(browser)
      const build = new BuildPanel(page)

      await build.open(`./${fragment}`)

      await expect(page.getByTestId('link-error')).toBeVisible()
      await expect.poll(() => build.policyText()).toBe(expected)
    })
  }
})
