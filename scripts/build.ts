/**
 * Builds what the package ships (`npm run build`; `npm pack` runs it first): src/ compiled to dist/
 * by tsc, the non-TypeScript files of src/ (templates) copied beside them, the schema validators
 * precompiled (ajv's standalone code), the Office chart renderer bundled with d3 (web/office/charts.ts
 * → dist/report/office/charts.js), and the two web builds (web/dist, web/dist-report) made when
 * their stamp says they are stale. A clone needs none of this:
 * it runs the sources through tsx and builds the web app on demand.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { APP_BUILD, ensureBuilt, REPORT_BUILD, ROOT } from '../src/cli/web-build.js';
import { createAjv, PRECOMPILED_FILE, SCHEMA_IDS } from '../src/model/validators.js';
import { RENDERER_FILE } from '../src/report/office/renderer.js';

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

/**
 * The Office chart renderer for Node: the web's views, its modules from src/ and d3 (a devDependency)
 * in one module beside dist/report/office/renderer.js, which loads it; the runtime dependencies
 * (linkedom, get-east-asian-width …) and Node's own modules stay imports.
 */
async function bundleRenderer(): Promise<void> {
  const { build } = await import('vite');
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const runtime = Object.keys(dependencies);
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(ROOT, 'web', 'office', 'charts.ts'),
      outDir: join(ROOT, 'dist', 'report', 'office'),
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rollupOptions: {
        external: (id) => id.startsWith('node:') || runtime.some((name) => id === name || id.startsWith(`${name}/`)),
        output: { format: 'es', entryFileNames: RENDERER_FILE },
      },
    },
  });
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
await bundleRenderer();
await buildWeb();
console.log('built dist/, web/dist/ and web/dist-report/');
