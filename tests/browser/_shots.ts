import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMemoryIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { launchBrowser, openApp } from './browser.js';
import { writeOnLimitProcedure } from './generate.js';
const ROOT = join(import.meta.dirname, '..', '..');
const OUT = '/tmp/shots';
mkdirSync(OUT, { recursive: true });
const pairs = [
  { id: 'open-restaurant-guangyuan', before: 'processes/open-restaurant-guangyuan/before.yaml', after: 'processes/open-restaurant-guangyuan/after.yaml' },
  { id: 'construction-permit', before: 'processes/construction-permit/before.yaml', after: 'processes/construction-permit/after.yaml' },
  writeOnLimitProcedure(OUT),
];
const only = process.argv[2]?.split(',');
const charts = (process.argv[3] ?? 'dashboard,timeline,histogram,materials,process').split(',');
const browser = await launchBrowser();
for (const pair of pairs) {
  if (only && !only.includes(pair.id)) continue;
  const file = join(OUT, `${pair.id}.html`);
  const io = createMemoryIO(ROOT);
  const code = await run(['report', pair.before, pair.after, '-o', file], io);
  if (code !== 0) throw new Error(io.stderr);
  for (const lang of ['zh', 'en']) {
    await browser.page.setViewportSize({ width: 1366, height: 900 });
    await browser.page.addStyleTag({ content: 'header.app, .app-header, body > header { position: static !important; }' }).catch(() => undefined);
    await openApp(browser.page, `${pathToFileURL(file).href}?lang=${lang}`);
    for (const chart of charts) {
      const el = browser.page.locator(`section.chart[data-chart="${chart}"]`);
      await el.screenshot({ path: join(OUT, `${pair.id}-${chart}-${lang}.png`) });
    }
  }
}
console.log(browser.errors);
await browser.close();
