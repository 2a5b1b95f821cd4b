/**
 * `npm run screenshots`: writes web/screenshots/*.png from reports made by the real CLI and opened
 * from file:// in Debian's chromium: every chart of the bundle and of one item, a presentation
 * slide, the English page and the 300-step diagram. Run by hand after changing the app; the README
 * shows these files.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMemoryIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import type { Pair } from '../../src/cli/pairs.js';
import { launchBrowser, openApp } from './browser.js';
import { writeLargeProcedure } from './generate.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'web', 'screenshots');
const CHARTS = ['dashboard', 'process', 'timeline', 'histogram', 'materials', 'ledger'];

/** Writes the report of `pair` into `dir` and returns its file:// URL. */
async function report(dir: string, pair: Pair): Promise<string> {
  const file = join(dir, `${pair.id}.html`);
  const io = createMemoryIO(ROOT);
  const code = await run(['report', pair.before, pair.after, '-o', file], io);
  if (code !== 0) throw new Error(io.stderr);
  return pathToFileURL(file).href;
}

const bundled = (id: string): Pair => ({ id, before: `processes/${id}/before.yaml`, after: `processes/${id}/after.yaml` });

const dir = mkdtempSync(join(tmpdir(), 'wujian-shots-'));
mkdirSync(OUT, { recursive: true });
const browser = await launchBrowser();
const { page } = browser;
try {
  for (const id of ['open-restaurant', 'food-business-licence']) {
    await openApp(page, await report(dir, bundled(id)));
    for (const chart of CHARTS) {
      await page.locator(`section.chart[data-chart="${chart}"]`).screenshot({ path: join(OUT, `${id}-${chart}.png`) });
    }
  }
  await page.locator('#present').click();
  await page.keyboard.press('ArrowRight');
  await page.screenshot({ path: join(OUT, 'presentation-slide.png') });
  await openApp(page, `${await report(dir, bundled('food-business-licence'))}?lang=en`);
  await page.locator('section.chart[data-chart="dashboard"]').screenshot({ path: join(OUT, 'food-business-licence-dashboard-en.png') });
  await openApp(page, await report(dir, writeLargeProcedure(dir)));
  await page.locator('section.chart[data-chart="process"]').screenshot({ path: join(OUT, 'large-300-steps-process.png') });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
