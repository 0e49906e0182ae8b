/**
 * One `npm test` runs everything:
 * - project `unit`: tests/**\/*.test.ts except tests/e2e/ (engine, rules, scripts, …);
 * - project `e2e`: tests/e2e/**\/*.test.ts, after `unit` (groupOrder), against the built site.
 *   Its globalSetup builds dist/ when missing or stale and serves it on a loopback port;
 *   test files read the origin with `inject('baseURL')`. Helpers: tests/e2e/browser.ts.
 * Run one side: `npm run test:unit`, `npm run test:e2e`.
 */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Each file launches its own Chromium: one file at a time on a 2-core machine.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
