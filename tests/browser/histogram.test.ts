import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { bundledPair, writeReport } from './support.js';

describe.skipIf(browserSkipReason)('the histogram of a bundle simulated item by item', { timeout: 60_000 }, () => {
  const dir = createTempDir();
  let browser: TestBrowser;

  beforeAll(async () => {
    const report = await writeReport(dir, bundledPair('open-restaurant'));
    browser = await launchBrowser();
    await openApp(browser.page, report.url);
  }, 120_000);
  afterAll(() => browser?.close());

  it('ends its tallest bar at or under the top labelled grid line, never at a bare edge', async () => {
    const found = await browser.page.$$eval('section.chart[data-chart="histogram"] g.panel', (panels) =>
      panels.map((panel) => ({
        barTop: Math.min(...[...panel.querySelectorAll('rect.bin')].map((r) => r.getBoundingClientRect().top)),
        gridTop: Math.min(...[...panel.querySelectorAll('line.ygrid')].map((l) => l.getBoundingClientRect().top)),
        bars: panel.querySelectorAll('rect.bin').length,
      })),
    );
    expect(found).toHaveLength(2);
    for (const p of found) {
      expect(p.bars).toBeGreaterThan(0);
      expect(p.barTop).toBeGreaterThanOrEqual(p.gridTop - 0.5);
    }
  });
});
