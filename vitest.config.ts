/**
 * Unit tests run under plain Node against core (and the contract), and against the renderer's pure
 * logic and services (with a fake client); e2e lives under e2e/ with Playwright.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'renderer/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
