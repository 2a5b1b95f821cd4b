/**
 * Builds what the package ships (`npm run build`; `npm pack` runs it first): src/ compiled to dist/
 * by tsc, the non-TypeScript files of src/ (templates) copied beside them, the schema validators
 * precompiled (ajv's standalone code), and the two web builds (web/dist, web/dist-report) made when
 * their stamp says they are stale. A clone needs none of this:
 * it runs the sources through tsx and builds the web app on demand.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { APP_BUILD, ensureBuilt, REPORT_BUILD, ROOT } from '../src/cli/web-build.js';
import { createAjv, PRECOMPILED_FILE, SCHEMA_IDS } from '../src/model/validators.js';

/** Files of src/ that run only from the sources (the tsx worker starter), never from dist/. */
const SOURCES_ONLY = new Set(['tsx-worker.js']);

function compile(): void {
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error('tsc failed');
  cpSync(join(ROOT, 'src'), join(ROOT, 'dist'), {
    recursive: true,
    filter: (from) => extname(from) !== '.ts' && !SOURCES_ONLY.has(from.slice(from.lastIndexOf('/') + 1)),
  });
}

/** ajv's standalone code of every validator, which dist/model/validators.js loads instead of compiling. */
function precompileValidators(): void {
  const code = standaloneCode(createAjv({ code: { source: true } }), SCHEMA_IDS);
  writeFileSync(join(ROOT, 'dist', 'model', PRECOMPILED_FILE), code);
}

async function buildWeb(): Promise<void> {
  for (const build of [APP_BUILD, REPORT_BUILD]) {
    const failure = await ensureBuilt(build, (name) => console.log(`building the web ${name}…`));
    if (failure) throw new Error(`cannot build the web ${build.name}: ${failure}`);
  }
  // Cases written for the dev server (npm run web:data) are not part of the app.
  rmSync(join(APP_BUILD.outDir, 'data'), { recursive: true, force: true });
}

compile();
precompileValidators();
await buildWeb();
console.log('built dist/, web/dist/ and web/dist-report/');
