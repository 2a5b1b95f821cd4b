import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { bundledPair, writeReport, type WrittenReport } from './support.js';

/** A mark of each chart that carries a tooltip, by chart. */
const MARKS = {
  dashboard: 'rect.bar-after',
  timeline: 'rect.segment',
  histogram: 'rect.bin',
  materials: 'g.material-row',
  ledger: 'table.ledger tbody tr',
  process: 'g.state.step',
} as const;

describe.skipIf(browserSkipReason)('charts that stand alone: exported files and tooltips', { timeout: 90_000 }, () => {
  const dir = createTempDir();
  let report: WrittenReport;
  let browser: TestBrowser;

  beforeAll(async () => {
    report = await writeReport(dir, bundledPair('food-worker-health-certificate'));
    browser = await launchBrowser();
  }, 120_000);
  afterAll(() => browser?.close());

  it('embeds in an exported SVG the font subsets of its Chinese text, which load when the file is opened alone', async () => {
    await openApp(browser.page, report.url);
    const svg = await browser.page.evaluate(() => window.wujian.exportSvg('dashboard'));
    expect(svg).toContain('@font-face');
    expect(svg).toMatch(/@font-face\{font-family:'Noto Sans SC';[^}]*src:url\(data:font\/woff2;base64,/);
    const file = join(dir, 'dashboard.svg');
    writeFileSync(file, svg);
    const alone = await browser.context.newPage();
    try {
      await alone.goto(pathToFileURL(file).href);
      const loaded = await alone.evaluate(async () => {
        const text = document.querySelector('text')!.textContent!;
        const faces = await document.fonts.load(`20px "Noto Sans SC"`, text);
        return { text, faces: faces.map((f) => f.status) };
      });
      expect(loaded.text).toMatch(/[\u4e00-\u9fff]/);
      expect(loaded.faces.length).toBeGreaterThan(0);
      expect(new Set(loaded.faces)).toEqual(new Set(['loaded']));
    } finally {
      await alone.close();
    }
    expect(browser.outside).toEqual([]);
  });

  it('leaves out of the offline report the code that follows `wujian view`', () => {
    const html = readFileSync(report.file, 'utf8');
    expect(html).not.toContain('status.json');
  });

  it.each(Object.entries(MARKS))('gives the %s chart\'s marks the styled tooltip, reached by keyboard and hidden by Esc', async (chart, selector) => {
    const { page } = browser;
    await openApp(page, report.url);
    const section = page.locator(`section.chart[data-chart="${chart}"]`);
    expect(await section.locator('svg title').count()).toBe(0);
    const mark = section.locator(selector).first();
    expect(await mark.getAttribute('tabindex')).toBe('0');
    await mark.focus();
    const tooltip = page.locator('.tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect((await tooltip.locator('.tooltip-title').textContent())?.trim()).not.toBe('');
    expect(await mark.getAttribute('aria-describedby')).toBe(await tooltip.getAttribute('id'));
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'hidden' });
    // Tab moves on to the next mark, which shows its own.
    await mark.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe('wujian-tooltip');
  });
});
