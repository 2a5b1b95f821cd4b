/**
 * The charts in Word and PowerPoint files equal the page's: the dashboard and the timeline drawn in
 * Node (src/report/office/charts.ts, the web's views on a DOM-less document) say the same words in the
 * same order and draw the same bars, at the same sizes, as the report open in a browser.
 */
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPairs } from '../../src/cli/commands/cases.js';
import { createMemoryIO } from '../../src/cli/io.js';
import { loadChartRenderer } from '../../src/report/office/renderer.js';
import type { CaseCharts } from '../../src/report/office/types.js';
import { createCase } from '../../src/report/presentation.js';
import { createTempDir, ROOT } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { bundledPair, writeReport } from './support.js';

/** What a drawing says and draws: its texts in order, and each bar's place and size. */
interface Drawn {
  texts: string[];
  bars: string[];
}

/** Reads an <svg>'s texts and the rects of `barSelector`, the same way in the page and in Node. */
function read(svg: Element, barSelector: string): Drawn {
  const texts = [...svg.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim()).filter(Boolean);
  const bars = [...svg.querySelectorAll(barSelector)].map((r) => ['x', 'width'].map((a) => Number(r.getAttribute(a)).toFixed(2)).join(' '));
  return { texts, bars };
}

const BARS = { dashboard: 'rect.bar-before, rect.bar-after', timeline: 'rect.segment' } as const;

describe.skipIf(browserSkipReason)('the Office files’ charts and the page’s (食品经营许可)', { timeout: 120_000 }, () => {
  const dir = createTempDir();
  const pair = bundledPair('food-business-licence');
  let browser: TestBrowser;
  let charts: CaseCharts;

  beforeAll(async () => {
    const report = await writeReport(dir, pair);
    const [found] = loadPairs([join(ROOT, 'processes/food-business-licence')], 'zh', createMemoryIO(ROOT)).pairs;
    charts = (await loadChartRenderer()).drawCaseCharts(await createCase({ id: pair.id, before: found!.before.side!, after: found!.after.side!, simulations: false }), 'zh');
    browser = await launchBrowser();
    await openApp(browser.page, report.url);
  }, 180_000);
  afterAll(() => browser?.close());

  for (const kind of ['dashboard', 'timeline'] as const) {
    it(`draws the ${kind} as the page does: the same words in the same order, the same bars`, async () => {
      const onPage = await browser.page.$eval(`section.chart[data-chart="${kind}"] svg.chart-svg`, (svg, selector) => {
        const texts = [...svg.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim()).filter(Boolean);
        const bars = [...svg.querySelectorAll(selector)].map((r) => ['x', 'width'].map((a) => Number(r.getAttribute(a)).toFixed(2)).join(' '));
        return { texts, bars };
      }, BARS[kind]);
      const inNode = read(new DOMParser().parseFromString(charts[kind].svg, 'image/svg+xml').documentElement as unknown as Element, BARS[kind]);
      expect(inNode.texts.length).toBeGreaterThan(10);
      expect(inNode.bars.length).toBeGreaterThan(4);
      expect(inNode).toEqual(onPage);
    });
  }
});
