import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{apps,packages,search,tests}/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'apps/web/build/**', 'apps/web/.svelte-kit/**'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
