/**
 * How long the pages take to draw in Debian's chromium (the browser tests check what they draw, never
 * how fast): each bundled pair's one-file report opened from file://, the 300-step procedure and the
 * 40-item bundle, and each case of `wujian view`'s dashboard. Prints a table; asserts nothing.
 *
 * Run: node --import tsx bench/pages.ts  (npm run bench -- pages)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMemoryIO } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';
import { launchBrowser, openApp } from '../tests/browser/browser.js';
import { writeLargeBundle, writeLargeProcedure } from '../tests/browser/generate.js';
import { bundledPairs, type FilePair } from '../tests/browser/support.js';
import { fixed, formatTable, isMain, machineLine } from './support.js';

const ROOT = join(import.meta.dirname, '..');

/** Writes the report of `pair` into `dir`: its file:// URL and size in KB. */
async function writeReport(dir: string, pair: FilePair): Promise<{ url: string; kb: number }> {
  const file = join(dir, `${pair.id}.html`);
  const io = createMemoryIO(ROOT);
  if ((await run(['report', pair.before, pair.after, '-o', file], io)) !== 0) throw new Error(io.stderr);
  return { url: pathToFileURL(file).href, kb: statSync(file).size / 1024 };
}

/** Starts `wujian view --port 0` and resolves with its URL and a way to stop it. */
function startView(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(ROOT, 'src', 'cli', 'bin.js'), 'view', '--port', '0'], { cwd: ROOT });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      if (url) resolve({ url, stop: () => child.kill('SIGINT') });
    });
    child.on('exit', (code) => reject(new Error(`wujian view exited with ${code}`)));
  });
}

/** Milliseconds from navigating to `url` until the app says its charts are drawn. */
async function timeOpen(page: Parameters<typeof openApp>[0], url: string): Promise<number> {
  const started = performance.now();
  await openApp(page, url);
  return performance.now() - started;
}

async function main(): Promise<void> {
  console.log(machineLine());
  const dir = mkdtempSync(join(tmpdir(), 'wujian-pages-'));
  const view = await startView();
  // The browser lets the page reach the local server only.
  const browser = await launchBrowser(view.url);
  const rows: Array<[string, string, string]> = [];
  try {
    for (const pair of [...bundledPairs(), writeLargeProcedure(dir), writeLargeBundle(dir)]) {
      const report = await writeReport(dir, pair);
      rows.push([`report ${pair.id}`, fixed(report.kb, 0), fixed(await timeOpen(browser.page, report.url), 0)]);
    }
    for (const pair of bundledPairs()) rows.push([`view ${pair.id}`, '', fixed(await timeOpen(browser.page, `${view.url}?case=${pair.id}`), 0)]);
  } finally {
    await browser.close();
    view.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(formatTable(['page', 'KB', 'drawn ms'], rows));
}

if (isMain(import.meta.url)) await main();
