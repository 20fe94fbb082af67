import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built binary: a generous timeout for a loaded 2-core machine.
    testTimeout: 20_000,
  },
});
