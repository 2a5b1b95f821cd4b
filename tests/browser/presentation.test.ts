/**
 * Presentation mode on an older projector (1024×768), a laptop (1366×768) and a projector (1920×1080):
 * stepping through every slide of a single-item report and of a 一件事 report (each page of a chart
 * taller than the slide, each item of the bundle's diagrams, the overview of a diagram too big to read
 * whole), no chart text is under 14 px on screen, nothing is cut off and nothing scrolls sideways. On
 * the 1024×768 projector the charts too wide for it at 14 px are drawn narrower, and drawn at their own
 * width again when the presentation ends; process diagrams too wide for it side by side are stacked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../web/src/i18n.js';
import { createTempDir } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { inspectSlide, type SlideView } from './slide-check.js';
import { bundledPair, writeReport, type WrittenReport } from './support.js';

/** The screens: an older office projector, an office laptop and a projector. */
const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** A single item, and a 一件事 whose five items become one. */
const CASES = ['food-business-licence', 'open-restaurant-guangyuan'];

/** The views every report presents, in order. */
const CHARTS = ['dashboard', 'process', 'timeline', 'histogram', 'materials', 'ledger'];

/**
 * Where the presentation is: the slide, how far each of its scroll boxes is scrolled, the item shown
 * and whether its diagrams are shown whole as an overview.
 */
function getPosition(page: Page): Promise<string> {
  return page.evaluate(() => {
    const section = document.querySelector('section.chart.current');
    const scrolled = [...(section?.querySelectorAll('.chart-body, .process-panels, .process-panel') ?? [])].map((e) => Math.round(e.scrollTop));
    const item = section?.querySelector<HTMLSelectElement>('#process-item')?.selectedIndex ?? -1;
    const overview = section?.querySelector('.process-area[data-overview]') !== null;
    return JSON.stringify([document.body.dataset.slide, scrolled, item, overview]);
  });
}

/** Whether the diagrams' panels scroll, and how many of their words show. */
function getOverview(): { scrolls: boolean; words: number } {
  const panels = [...document.querySelectorAll<HTMLElement>('section.chart.current .process-panel')];
  return {
    scrolls: panels.some((p) => p.scrollHeight > p.clientHeight + 1 || p.scrollWidth > p.clientWidth + 1),
    words: panels.flatMap((p) => [...p.querySelectorAll('text')]).filter((t) => t.checkVisibility()).length,
  };
}

/** Waits until a step has been laid out (the diagrams refit on the frame after they change size). */
function settle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

describe.skipIf(browserSkipReason)('presentation mode', { timeout: 120_000 }, () => {
  const dir = createTempDir();
  const reports = new Map<string, WrittenReport>();
  let browser: TestBrowser;

  beforeAll(async () => {
    for (const id of CASES) reports.set(id, await writeReport(dir, bundledPair(id)));
    browser = await launchBrowser();
  }, 180_000);
  afterAll(() => browser?.close());

  for (const id of CASES) {
    for (const screen of SCREENS) {
      it(`shows every slide of ${id} at ${screen.width}×${screen.height} with chart text of 14 px or more, nothing cut off and nothing to scroll sideways`, async () => {
        const { page } = browser;
        await page.setViewportSize(screen);
        await openApp(page, reports.get(id)!.url);
        await page.keyboard.press('p');
        await settle(page);
        const views: SlideView[] = [];
        const items = new Set<number>();
        const overviews: Array<{ scrolls: boolean; words: number }> = [];
        for (let position = await getPosition(page), steps = 0; steps < 80; steps++) {
          views.push(await page.evaluate(inspectSlide, 14));
          const [, , item, overview] = JSON.parse(position) as [string, number[], number, boolean];
          items.add(item);
          if (overview) overviews.push(await page.evaluate(getOverview));
          await page.keyboard.press('ArrowRight');
          await settle(page);
          const next = await getPosition(page);
          if (next === position) break;
          position = next;
        }
        expect([...new Set(views.map((v) => v.chart))]).toEqual(CHARTS);
        // A bundle's diagrams are stepped through item by item.
        const options = await page.locator('#process-item option').count();
        expect(items.size).toBe(options + 1);
        // A diagram too big to read whole is first shown whole, without its words, nothing to scroll.
        if (id === 'food-business-licence') expect(overviews.length).toBe(1);
        for (const overview of overviews) expect(overview).toEqual({ scrolls: false, words: 0 });
        for (const view of views) {
          expect(view.small, `${view.chart}: text under 14 px`).toEqual([]);
          expect(view.cut, `${view.chart}: cut off`).toEqual([]);
          expect(view.wide, `${view.chart}: scrolls sideways`).toEqual([]);
          expect(view.texts, view.chart).toBeGreaterThan(5);
        }
        expect(browser.errors).toEqual([]);
      });
    }
  }

  it('draws the charts too wide for a 1024×768 slide at 14 px narrower on it, and at their own width again after', async () => {
    const { page } = browser;
    await page.setViewportSize(SCREENS[0]!);
    await openApp(page, reports.get('open-restaurant-guangyuan')!.url);
    const reflowing = ['dashboard', 'timeline', 'histogram', 'materials'];
    const widths = () => page.evaluate((charts) => charts.map((c) => document.querySelector<SVGSVGElement>(`section.chart[data-chart="${c}"] > .chart-body > svg.chart-svg`)!.viewBox.baseVal.width), reflowing);
    const drawn = await widths();
    await page.keyboard.press('p');
    const onSlide: number[] = [];
    for (const chart of reflowing) {
      await page.evaluate((i) => window.wujian.present.enter(i), CHARTS.indexOf(chart));
      onSlide.push((await widths())[reflowing.indexOf(chart)]!);
    }
    onSlide.forEach((width, i) => expect(width, reflowing[i]).toBeLessThan(drawn[i]!));
    await page.keyboard.press('Escape');
    expect(await widths()).toEqual(drawn);
    expect(browser.errors).toEqual([]);
  });

  it('stacks before above after on a 1024×768 slide too narrow for both side by side, and says so in the note', async () => {
    const { page } = browser;
    await page.setViewportSize(SCREENS[0]!);
    await openApp(page, reports.get('food-business-licence')!.url);
    const note = () => page.locator('section.chart[data-chart="process"] .note').textContent();
    const stacked = () => page.evaluate(() => document.querySelector('section.chart[data-chart="process"] .process-panels')!.hasAttribute('data-stacked'));
    await page.keyboard.press('p');
    await page.evaluate((i) => window.wujian.present.enter(i), CHARTS.indexOf('process'));
    // The overview first shows both whole, side by side; the next key shows them readable, stacked.
    expect(await stacked()).toBe(false);
    await page.keyboard.press('ArrowRight');
    await settle(page);
    expect(await stacked()).toBe(true);
    expect(await note()).toBe(t('processNoteStacked', 'zh'));
    await page.keyboard.press('Escape');
    await settle(page);
    expect(await stacked()).toBe(false);
    expect(await note()).toBe(t('processNote', 'zh'));
  });

  // After the reform these run their 并联 blocks' branches side by side, wider than a slide even alone
  // until the layout wraps the branches into rows (layout.ts).
  for (const id of ['enterprise-establishment', 'construction-permit']) {
    it(`shows ${id}'s diagrams on their slide at 1024×768 and 1366×768 with nothing to scroll sideways, text at 14 px or more`, async () => {
      const { page } = browser;
      const report = await writeReport(dir, bundledPair(id));
      for (const screen of [SCREENS[1]!, SCREENS[0]!]) {
        await page.setViewportSize(screen);
        await openApp(page, report.url);
        await page.keyboard.press('p');
        await page.evaluate((i) => window.wujian.present.enter(i), CHARTS.indexOf('process'));
        await settle(page);
        const views: SlideView[] = [];
        for (let position = await getPosition(page); JSON.parse(position)[0] === String(CHARTS.indexOf('process')); ) {
          views.push(await page.evaluate(inspectSlide, 14));
          await page.keyboard.press('ArrowRight');
          await settle(page);
          const next = await getPosition(page);
          if (next === position) break;
          position = next;
        }
        expect(views.length).toBeGreaterThan(1);
        for (const view of views) {
          expect(view.wide, `${screen.width}×${screen.height}: scrolls sideways`).toEqual([]);
          expect(view.small, `${screen.width}×${screen.height}: text under 14 px`).toEqual([]);
        }
      }
      expect(browser.errors).toEqual([]);
    });
  }

  it('heads each slide with the case and its result in the comparison’s words, and hides the header’s controls', async () => {
    const { page } = browser;
    await page.setViewportSize(SCREENS[1]!);
    await openApp(page, reports.get('open-restaurant-guangyuan')!.url);
    await page.keyboard.press('p');
    const expected = await page.evaluate(() => {
      const c = window.wujian.data!.cases[0]!;
      return [typeof c.title === 'string' ? c.title : c.title.zh, c.comparison.summary.zh];
    });
    for (const _ of CHARTS) {
      expect(await page.locator('.slide-headline p').allTextContents()).toEqual(expected);
      await expect.poll(() => page.locator('.slide-headline').isVisible()).toBe(true);
      await page.evaluate(() => window.wujian.present.enter(Number(document.body.dataset.slide) + 1));
    }
    for (const control of ['#case-select', '.lang-switch', '#present', 'nav.views']) expect(await page.locator(control).isVisible(), control).toBe(false);
    await page.keyboard.press('Escape');
    expect(await page.locator('.slide-headline').isVisible()).toBe(false);
    expect(await page.locator('#present').isVisible()).toBe(true);
  });
});
