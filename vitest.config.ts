/** vitest: the web app is built once before the tests (tests/browser/setup.ts) so browser tests load it. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/browser/setup.ts'],
  },
});
