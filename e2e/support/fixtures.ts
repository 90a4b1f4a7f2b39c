/**
 * Playwright's test, with one addition: a test fails if the page threw an uncaught error, even
 * when everything it asserted looked right (Monaco reports missing services only this way).
 */
import { test as base, expect } from '@playwright/test'

export const test = base.extend({
  page: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))

    await use(page)

    expect(errors).toEqual([])
  },
})

export { expect }
