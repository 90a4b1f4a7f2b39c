import { execFileSync } from 'node:child_process'
import { defineConfig, devices } from '@playwright/test'

const PORT = 4174

/**
 * Which Chromium to drive: $CHROMIUM_PATH, else the system's `chromium`, else Playwright's own
 * download. Machines without internet access cannot download Playwright's browsers, but
 * usually have a distribution package.
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

const executablePath = chromiumPath()

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${PORT}/`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 1000 },
    launchOptions: {
      ...(executablePath && { executablePath }),
      // No sandbox because CI runs as root; the rest keeps Chromium from calling home, so the
      // test that asserts "no request leaves the page's origin" sees only the page's requests.
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-gpu',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
