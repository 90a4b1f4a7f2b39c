import { test } from './support/fixtures'
import { BuildPanel } from './pages/build-panel'
import { ANYMAIL_WITH_TEMPLATES } from './support/cases'

// Renders docs/screenshot.png for the README. Not part of the gate: run it with
// SCREENSHOT=1 npx playwright test screenshot
test('writes the README screenshot of the real case', async ({ page }) => {
  test.skip(!process.env.SCREENSHOT, 'set SCREENSHOT=1 to refresh docs/screenshot.png')
  await page.setViewportSize({ width: 1440, height: 1100 })
  const build = new BuildPanel(page)
  await build.open()
  await build.fill(ANYMAIL_WITH_TEMPLATES)
  await build.waitForMonaco()
  await page.getByTestId('input-account').blur()
  await page.mouse.move(0, 0)
  await page.screenshot({ path: 'docs/screenshot.png' })
})
