/**
 * vitest: the web app is built once before the tests (tests/web/setup.ts) so browser tests load it. A
 * test may take a minute: the suite must pass on a 2-core machine that others keep busy, where the
 * property tests and the process-spawning ones take several times their idle 1–3 s.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/web/setup.ts'],
    testTimeout: 60_000,
  },
});
