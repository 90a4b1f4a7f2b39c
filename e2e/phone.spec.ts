import { expect, test } from './support/fixtures'
import type { Page } from '@playwright/test'
import { BuildPanel } from './pages/build-panel'
import { CheckPanel } from './pages/check-panel'
import { ANYMAIL_WITH_TEMPLATES } from './support/cases'

/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

// A phone in portrait: long identifiers (statement ids, ARNs) must wrap, not widen the page.
test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('returns no sideways scrolling on either tab when the real case is entered', async ({
    page,
  }) => {
    const build = new BuildPanel(page)
    await build.open()
    await build.fill(ANYMAIL_WITH_TEMPLATES)
    await build.waitForMonaco()
    await expect(page.getByTestId('statement')).not.toHaveCount(0)

    expect(await overflow(page)).toBeLessThanOrEqual(0)

    const check = new CheckPanel(page)
    await check.open()
    await check.useGenerated()
    await expect(page.getByTestId('findings').or(page.getByTestId('no-findings'))).toBeVisible()
    await check.waitForMonaco()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
  })
})
