import { expect, test } from './support/fixtures'
import { BuildPanel } from './pages/build-panel'
import { CheckPanel } from './pages/check-panel'

// A dropped invalid entry widens the policy (no identity left means identity/*), so the page
// must not hand that policy out until the input is fixed.
test.describe('invalid input', () => {
  test('returns Copy and Download disabled while an identity is invalid', async ({ page }) => {
    const build = new BuildPanel(page)
    await build.open()

    await build.typeEntry('identities', 'exa mple.com')

    const note = page.locator('[data-testid=note][data-code=invalid-input-dropped]')
    await expect(note).toHaveClass(/MuiAlert-colorError/)
    await expect(build.blocked).toBeVisible()
    await expect(page.getByTestId('copy')).toBeDisabled()
    await expect(page.getByTestId('download')).toBeDisabled()
    await expect(build.plainText.or(build.editor)).toBeVisible()
    const check = new CheckPanel(page)
    await check.open()
    await expect(page.getByTestId('use-generated')).toBeDisabled()

    await page.getByTestId('tab-build').click()
    await build.removeEntry('identities', 'exa')

    await expect(build.blocked).toHaveCount(0)
    await expect(page.getByTestId('copy')).toBeEnabled()
    await expect(page.getByTestId('download')).toBeEnabled()
    await check.open()
    await expect(page.getByTestId('use-generated')).toBeEnabled()
  })

  test('returns Copy disabled when a share link holds an invalid identity', async ({
    page,
    browser,
  }) => {
    const build = new BuildPanel(page)
    await build.open()
    await build.typeEntry('identities', 'exa mple.com')
    const link = await build.shareLink()

    const fresh = await browser.newPage()
    const opened = new BuildPanel(fresh)
    await opened.open(link)

    await expect(opened.blocked).toBeVisible()
    await expect(fresh.getByTestId('copy')).toBeDisabled()
    await expect(fresh.getByTestId('download')).toBeDisabled()
    await fresh.close()
  })
})
