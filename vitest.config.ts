/** Unit tests run under plain Node against core (and the contract); e2e lives under e2e/ with Playwright. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
