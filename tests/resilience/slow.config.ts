import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:slow`: the crash-safety and load tests (tests/resilience/*.slow-test.ts),
// minutes long and timing-based, kept out of `npm test`; .ci/run runs both.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/resilience/**/*.slow-test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // One at a time: each measures a real server and must not share the machine with the other.
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 240_000,
  },
});
