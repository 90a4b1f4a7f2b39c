import { expect, test } from './support/fixtures'
import type { Page } from '@playwright/test'
import { BuildPanel } from './pages/build-panel'
import { CheckPanel } from './pages/check-panel'
import { serveUnder } from './support/static-server'

/** Every request the page makes, recorded from before the first navigation. */
function recordRequests(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  return urls
}

test.describe('self-contained page', () => {
  test('returns only same-origin requests when Monaco and its workers load', async ({
    page,
    baseURL,
  }) => {
    const urls = recordRequests(page)
    const build = new BuildPanel(page)
    await build.open()
    await build.waitForMonaco()
    await build.hoverAction('ses:SendRawEmail')
    const check = new CheckPanel(page)
    await check.open()
    await check.useGenerated()
    await check.openCompare()
    await page.waitForLoadState('networkidle')

    const origins = new Set(urls.map((url) => new URL(url).origin))

    expect(urls.some((url) => /editor\.worker/.test(url))).toBe(true)
    expect(urls.some((url) => /json\.worker/.test(url))).toBe(true)
    expect([...origins]).toEqual([new URL(baseURL ?? '').origin])
  })

  test('returns a working page when the build is served under a sub-path', async ({ page }) => {
    const server = await serveUnder('dist', '/some/path/')
    const failed: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
    })
    page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`))
    try {
      const build = new BuildPanel(page)

      await build.open(server.url)
      await build.setFeature('templates', true)

      await expect.poll(() => build.policyText()).toContain('ses:SendBulkTemplatedEmail')
      expect(failed).toEqual([])
    } finally {
      await server.close()
    }
  })
})
