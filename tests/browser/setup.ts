/**
 * vitest globalSetup: builds the web app (web/dist) and its single-file form (web/dist-report) when
 * missing or older than their sources, once before any test file runs, so the browser and CLI tests
 * see the current app.
 */
import { APP_BUILD, ensureBuilt, REPORT_BUILD } from '../../src/cli/web-build.js';

/** Builds what the browser tests load; a build error fails the run with Vite's message. */
export default async function setup(): Promise<void> {
  for (const build of [APP_BUILD, REPORT_BUILD]) {
    const failure = await ensureBuilt(build, (name) => console.log(`[tests/browser] building the ${name} (${build.config})…`));
    if (failure) throw new Error(`cannot build the web ${build.name}: ${failure}`);
  }
}
