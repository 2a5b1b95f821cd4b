import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { bundledPair, getComparedMeasures, getMeasureLabels, readPngSize, writeReport, type ComparedMeasure, type WrittenReport } from './support.js';

const CHARTS = ['dashboard', 'process', 'timeline', 'histogram', 'materials', 'ledger'];

describe.skipIf(browserSkipReason)('the one-file report opened from a file:// URL', { timeout: 60_000 }, () => {
  const dir = createTempDir();
  const pair = bundledPair('food-business-licence');
  let report: WrittenReport;
  let measures: ComparedMeasure[];
  let browser: TestBrowser;

  beforeAll(async () => {
    report = await writeReport(dir, pair);
    measures = await getComparedMeasures(pair);
    browser = await launchBrowser();
    await openApp(browser.page, report.url);
  }, 120_000);
  afterAll(() => browser?.close());

  it('is one file that stays small: the font is cut to the characters shown', () => {
    expect(report.size).toBeGreaterThan(50_000);
    expect(report.size).toBeLessThan(1_000_000);
  });

  it('asks nothing of the network and raises no script error', () => {
    expect(browser.outside).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it('forbids itself the network: its content security policy blocks an outside image or fetch', async () => {
    const blocked = await browser.page.evaluate(async () => {
      const violated: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violated.push(e.effectiveDirective));
      new Image().src = 'https://example.org/x.png';
      const fetched = await fetch('https://example.org/data.json').then(() => 'fetched', () => 'refused');
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { violated, fetched };
    });
    expect(blocked.fetched).toBe('refused');
    expect(blocked.violated).toEqual(expect.arrayContaining(['img-src', 'connect-src']));
    expect(browser.outside).toEqual([]);
  });

  it('draws every chart', async () => {
    for (const chart of CHARTS) {
      const section = browser.page.locator(`section.chart[data-chart="${chart}"]`);
      await expect(section.count(), chart).resolves.toBe(1);
    }
    const drawn = await browser.page.$$eval('section.chart svg.chart-svg', (svgs) => svgs.map((s) => s.closest('section')!.dataset.chart));
    expect(drawn).toEqual(expect.arrayContaining(['dashboard', 'process', 'timeline', 'histogram', 'materials']));
  });

  it("shows each measure's percent exactly as `wujian compare --format json` words it", async () => {
    const labels = await getMeasureLabels(browser.page);
    expect(measures.length).toBeGreaterThan(3);
    for (const m of measures) expect(labels[m.key], m.key).toBe(m.text.zh);
  });

  it('shows Chinese in the inlined Noto Sans SC, which Debian chromium lacks', async () => {
    const fonts = await browser.page.evaluate(async () => {
      await document.fonts.ready;
      const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans SC');
      return { loaded: faces.filter((f) => f.status === 'loaded').length, title: document.querySelector('h2')?.textContent ?? '' };
    });
    expect(fonts.loaded).toBeGreaterThan(0);
    expect(fonts.title).toMatch(/[\u4e00-\u9fff]/);
  });

  it('carries a glyph for every Chinese character on the page, in the app and the data alike', async () => {
    const uncovered = await browser.page.evaluate(() => {
      const css = [...document.querySelectorAll('style[id^="wujian-font"]')].map((s) => s.textContent).join('\n');
      const ranges = [...css.matchAll(/unicode-range:([^}]+)\}/g)].flatMap((m) =>
        m[1]!.split(',').map((part) => part.replace('U+', '').split('-').map((h) => parseInt(h, 16))),
      );
      const shown = new Set([...(document.body.textContent ?? '')].filter((c) => c.codePointAt(0)! >= 0x2e80));
      return [...shown].filter((c) => !ranges.some(([lo, hi]) => c.codePointAt(0)! >= lo! && c.codePointAt(0)! <= (hi ?? lo)!));
    });
    expect(uncovered).toEqual([]);
  });

  it('exports a chart as SVG that parses to an <svg> root with content', async () => {
    const parsed = await browser.page.evaluate(async () => {
      const text = await window.wujian.exportSvg('dashboard');
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { root: doc.documentElement.nodeName, error: doc.querySelector('parsererror') !== null, texts: doc.querySelectorAll('text').length, length: text.length };
    });
    expect(parsed).toMatchObject({ root: 'svg', error: false });
    expect(parsed.texts).toBeGreaterThan(5);
  });

  it('exports a chart as a PNG twice as wide as the chart', async () => {
    const { png, width } = await browser.page.evaluate(async () => {
      const svg = document.querySelector<SVGSVGElement>('section.chart[data-chart="dashboard"] svg.chart-svg')!;
      return { png: await window.wujian.exportPng('dashboard'), width: svg.width.baseVal.value || svg.getBoundingClientRect().width };
    });
    const size = readPngSize(png);
    expect(size.width).toBe(Math.ceil(width * 2));
    expect(size.height).toBeGreaterThan(100);
  });

  it('presents one chart per slide: → pages down a chart taller than the slide, then moves on; ← comes back', async () => {
    const { page } = browser;
    await page.locator('#present').click();
    const slide = () => page.evaluate(() => document.body.dataset.slide);
    // How far the slide's scroll boxes (the chart's body, or the diagrams' panels) are scrolled, and
    // whether the diagrams are shown whole (an overview comes before their readable pages).
    const where = () =>
      page.evaluate(() => ({
        scrolled: [...document.querySelectorAll('section.chart.current .chart-body, section.chart.current .process-panel')].reduce((sum, e) => sum + e.scrollTop, 0),
        overview: document.querySelector('section.chart.current .process-area[data-overview]') !== null,
      }));
    const forward = async (to: string) => {
      for (let presses = 0; (await slide()) !== to && presses < 20; presses++) {
        const before = await where();
        await page.keyboard.press('ArrowRight');
        if ((await slide()) === to) continue;
        // Either the overview gave way to the readable diagrams, or a page turned.
        const after = await where();
        if (before.overview) expect(after.overview).toBe(false);
        else expect(after.scrolled).toBeGreaterThan(before.scrolled);
      }
    };
    expect(await slide()).toBe('0');
    await forward('1');
    await forward('2');
    expect(await slide()).toBe('2');
    await page.keyboard.press('ArrowLeft');
    expect(await slide()).toBe('1');
    expect(await page.locator('section.chart.current').getAttribute('data-chart')).toBe(CHARTS[1]);
    await page.keyboard.press('Escape');
    expect(await slide()).toBeUndefined();
  });

  it('switches to English from the same file', async () => {
    const english = await launchBrowser();
    try {
      await openApp(english.page, `${report.url}?lang=en`);
      const labels = await getMeasureLabels(english.page);
      for (const m of measures) expect(labels[m.key], m.key).toBe(m.text.en);
    } finally {
      await english.close();
    }
  });

  it('opens in English when made with --lang en, and ?lang=zh still turns it back to Chinese', async () => {
    const made = await writeReport(dir, pair, 'english.html', '--lang', 'en');
    const english = await launchBrowser();
    try {
      await openApp(english.page, made.url);
      const labels = await getMeasureLabels(english.page);
      for (const m of measures) expect(labels[m.key], m.key).toBe(m.text.en);
      expect(await english.page.locator('section.chart[data-chart="dashboard"] h2').textContent()).toBe('Reform dashboard');
      await openApp(english.page, `${made.url}?lang=zh`);
      expect(await getMeasureLabels(english.page)).toMatchObject({ [measures[0]!.key]: measures[0]!.text.zh });
    } finally {
      await english.close();
    }
  });

  it('made with a start date past the holiday data, says on its timeline when each side finishes and that the dates are assumed, in the exported SVG too', async () => {
    const made = await writeReport(dir, pair, 'dated.html', '--start-date', '2026-12-10');
    const dated = await launchBrowser();
    try {
      await openApp(dated.page, made.url);
      const timeline = dated.page.locator('section.chart[data-chart="timeline"]');
      expect(await timeline.locator('.panel.before').first().textContent()).toContain('自 2026-12-10 申请，2026-12-29 办结');
      expect(await timeline.locator('text.date-warning').textContent()).toContain('⚠ 2027-01-01 起的日期是推算的');
      const exported = await dated.page.evaluate(() => window.wujian.exportSvg('timeline'));
      expect(exported).toContain('2027-01-01 起的日期是推算的');
    } finally {
      await dated.close();
    }
  });
});
