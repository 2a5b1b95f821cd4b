/**
 * `npm run screenshots`: writes web/screenshots/*.png from reports made by the real CLI and opened
 * from file:// in Debian's chromium: the charts of the open-restaurant bundle and of one item, the
 * dashboards of two published cases, a presentation slide, the English dashboard, the 300-step diagram and
 * the 改革机会 panel of `wujian view`. Run by hand after changing the app; the README
 * shows these files.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMemoryIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { launchBrowser, openApp } from './browser.js';
import { writeLargeProcedure } from './generate.js';
import { startView } from './serve.js';
import type { FilePair } from './support.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'web', 'screenshots');
/**
 * The charts pictured for each case: the open-restaurant bundle (its schedule, and its histogram
 * simulated item by item), one item's simulation and ledger, and the dashboards of two published
 * 一件事 reforms (新生儿出生: 压减77.78% and the money saved; 广元 开办餐馆).
 */
const SHOTS: Record<string, string[]> = {
  'open-restaurant': ['dashboard', 'process', 'timeline', 'histogram', 'materials'],
  'food-business-licence': ['histogram', 'ledger'],
  'newborn-birth': ['dashboard'],
  'open-restaurant-guangyuan': ['dashboard'],
};

/** Writes the report of `pair` into `dir` and returns its file:// URL. */
async function report(dir: string, pair: FilePair): Promise<string> {
  const file = join(dir, `${pair.id}.html`);
  const io = createMemoryIO(ROOT);
  const code = await run(['report', pair.before, pair.after, '-o', file], io);
  if (code !== 0) throw new Error(io.stderr);
  return pathToFileURL(file).href;
}

const bundled = (id: string): FilePair => ({ id, before: `processes/${id}/before.yaml`, after: `processes/${id}/after.yaml` });

const dir = mkdtempSync(join(tmpdir(), 'wujian-shots-'));
mkdirSync(OUT, { recursive: true });
const browser = await launchBrowser();
const { page } = browser;
await page.setViewportSize({ width: 1440, height: 900 });
try {
  for (const [id, charts] of Object.entries(SHOTS)) {
    await openApp(page, await report(dir, bundled(id)));
    // The page's sticky header would lie over a chart taller than the window once it is scrolled to.
    await page.addStyleTag({ content: 'header.app-header, nav.views { position: static !important; }' });
    for (const chart of charts) {
      await page.locator(`section.chart[data-chart="${chart}"]`).screenshot({ path: join(OUT, `${id}-${chart}.png`) });
    }
  }
  // The process slide: the headline over the diagrams (whole, as an overview, when they are too big to read whole).
  await page.evaluate(() => window.wujian.present.enter(1));
  await page.screenshot({ path: join(OUT, 'presentation-slide.png') });
  await openApp(page, `${await report(dir, bundled('food-business-licence'))}?lang=en`);
  await page.locator('section.chart[data-chart="dashboard"]').screenshot({ path: join(OUT, 'food-business-licence-dashboard-en.png') });
  // The 300-step diagram as its presentation slide: readable scale, each side opened at its first step.
  await openApp(page, await report(dir, writeLargeProcedure(dir)));
  await page.evaluate(() => window.wujian.present.enter(1));
  // Past the overview to the readable diagrams.
  await page.keyboard.press('ArrowRight');
  await page.screenshot({ path: join(OUT, 'large-300-steps-process.png') });
  // The served app, in a browser allowed to reach it (and nothing else).
  const view = await startView();
  const served = await launchBrowser(view.url);
  try {
    await served.page.setViewportSize({ width: 1440, height: 900 });
    await openApp(served.page, `${view.url}?case=food-business-licence`);
    await served.page.addStyleTag({ content: 'header.app-header, nav.views { position: static !important; }' });
    await served.page.locator('section.chart[data-chart="opportunities"]').screenshot({ path: join(OUT, 'catalogue-opportunities.png') });
  } finally {
    await served.close();
    await view.stop();
  }
  console.log(`screenshots written to ${OUT}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
