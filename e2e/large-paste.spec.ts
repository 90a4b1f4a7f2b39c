import { expect, test } from './support/fixtures'
import { BuildPanel } from './pages/build-panel'
import { CheckPanel } from './pages/check-panel'

/** A policy of about `bytes` characters, each statement for a different app's identity. */
function policyOfSize(bytes: number): string {
  const statements: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const statement = JSON.stringify({
      Sid: `App${i}`,
      Effect: 'Allow',
      Action: ['ses:SendRawEmail', 'ses:SendBulkTemplatedEmail'],
      Resource: [`arn:aws:ses:us-east-1:111122223333:identity/app${i}.example.com`],
      Condition: { StringLike: { 'ses:FromAddress': [`*@app${i}.example.com`] } },
    })
    statements.push(statement)
    size += statement.length + 2
  }
  return `{"Version":"2012-10-17","Statement":[\n${statements.join(',\n')}\n]}`
}

test.describe('Check tab with a 1 MB paste', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  })

  test('returns findings checked off the main thread, with the list cut', async ({ page }) => {
    const workers: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('check.worker')) workers.push(request.url())
    })
    await new BuildPanel(page).open()
    const check = new CheckPanel(page)
    await check.open()
    await check.waitForMonaco()
    const text = policyOfSize(1024 * 1024)

    await check.paste(text)
    // How long the page takes to run a task while the check is under way, as a figure for the
    // log: wall-clock limits would make the test flaky on a loaded machine.
    const delays: number[] = []
    let codes: string[] = []
    for (let i = 0; i < 400 && !codes.includes('MISSING_PERMISSION'); i++) {
      const start = Date.now()
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)))
      delays.push(Date.now() - start)
      codes = await check.findingCodes()
    }
    console.log(`1 MB paste: longest main-thread wait ${Math.max(...delays)} ms`)

    expect(codes).toContain('MISSING_PERMISSION')
    expect(workers).toHaveLength(1)
    await expect(page.getByTestId('list-cut').first()).toContainText('Showing the first 50 of')
  })
})
