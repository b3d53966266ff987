import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{apps,packages,search,tests}/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'apps/web/build/**', 'apps/web/.svelte-kit/**'],
    reporters: ['default', './tests/summary-reporter.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
