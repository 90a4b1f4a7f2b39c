import { defineConfig } from 'vitest/config'

// Unit tests cover the pure core and the CLI; they run in plain Node, so anything in src/core
// that reached for the DOM would fail here.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The CLI tests start real processes; on a loaded two-core machine a few take seconds each.
    testTimeout: 30_000,
  },
})
