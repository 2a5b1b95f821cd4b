import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { writeOnLimitProcedure } from './generate.js';
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

describe.skipIf(browserSkipReason)('the histogram of a procedure whose cases end exactly on its limit', { timeout: 60_000 }, () => {
  const dir = createTempDir();
  let browser: TestBrowser;

  beforeAll(async () => {
    const report = await writeReport(dir, writeOnLimitProcedure(dir));
    browser = await launchBrowser();
    await openApp(browser.page, report.url);
  }, 120_000);
  afterAll(() => browser?.close());

  it('draws the cases on the committed limit left of its line, and only those beyond it right of it', async () => {
    const panels = await browser.page.$$eval('section.chart[data-chart="histogram"] g.panel', (found) =>
      found.map((panel) => {
        const limits = [...panel.querySelectorAll('g.limit')].map((g) => ({ value: Number(g.getAttribute('data-limit')), x: g.querySelector('line')!.getBoundingClientRect().left }));
        const bars = [...panel.querySelectorAll('rect.bin')].map((r) => ({ x0: Number(r.getAttribute('data-x0')), x1: Number(r.getAttribute('data-x1')), left: r.getBoundingClientRect().left, right: r.getBoundingClientRect().right, height: r.getBoundingClientRect().height }));
        return { limits, bars };
      }),
    );
    expect(panels).toHaveLength(2);
    for (const [i, limit] of [13, 5].entries()) {
      const { limits, bars } = panels[i]!;
      const line = limits.find((l) => l.value === limit)!;
      // The tallest bar holds the half of the cases that take exactly the limit: wholly left of the line.
      const tallest = bars.reduce((a, b) => (b.height > a.height ? b : a));
      expect(tallest.x1).toBe(limit);
      expect(tallest.right).toBeLessThanOrEqual(line.x + 0.5);
      for (const bar of bars) if (bar.left >= line.x) expect(bar.x0).toBeGreaterThanOrEqual(limit);
    }
  });
});
