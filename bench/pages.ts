/**
 * How long the pages take to draw in Debian's chromium (the browser tests check what they draw, never
 * how fast): each bundled pair's one-file report opened from file://, the 300-step procedure and the
 * 40-item bundle, and each case of `wujian view`'s dashboard. Prints a table; asserts nothing.
 *
 * Run: node --import tsx bench/pages.ts  (npm run bench -- pages)
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMemoryIO } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';
import { launchBrowser, openApp } from '../tests/browser/browser.js';
import { writeLargeBundle, writeLargeProcedure } from '../tests/browser/generate.js';
import { startView } from '../tests/browser/serve.js';
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
    await view.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(formatTable(['page', 'KB', 'drawn ms'], rows));
}

if (isMain(import.meta.url)) await main();
