import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { writeLargeProcedure } from './generate.js';
import { bundledPair, writeReport } from './support.js';

/** Where each panel's nodes and first state lie, measured in the page at 1440×900. */
interface PanelCheck {
  side: string;
  /** Nodes whose box lies outside what the panel's scrolling can reach. */
  unreachable: string[];
  /** Whether the panel's first state is wholly in view without scrolling. */
  startVisible: boolean;
  /** Nodes in the panel. */
  nodes: number;
  /** Whether the panel lies within the chart's body (not cut off at its right edge). */
  withinChart: boolean;
}

function checkPanels(browser: TestBrowser): Promise<PanelCheck[]> {
  return browser.page.$$eval('section.chart[data-chart="process"] .process-panel', (panels) =>
    panels.map((panel) => {
      const box = panel.getBoundingClientRect();
      const chart = panel.closest('.chart-body')!.getBoundingClientRect();
      const el = panel as HTMLElement;
      const nodes = [...panel.querySelectorAll('[data-state]')];
      const unreachable = nodes.filter((node) => {
        const r = node.getBoundingClientRect();
        const left = r.left - box.left - el.clientLeft + el.scrollLeft;
        const top = r.top - box.top - el.clientTop + el.scrollTop;
        return left < -0.5 || top < -0.5 || left + r.width > el.scrollWidth + 0.5 || top + r.height > el.scrollHeight + 0.5;
      });
      const start = panel.querySelector(`[data-state="${CSS.escape(el.dataset.start ?? '')}"]`)?.getBoundingClientRect();
      const startVisible = !!start && start.left >= box.left - 0.5 && start.right <= box.left + el.clientWidth + 0.5
        && start.top >= box.top - 0.5 && start.bottom <= box.top + el.clientHeight + 0.5 && start.bottom <= window.innerHeight;
      return {
        side: el.dataset.side ?? '',
        unreachable: unreachable.map((n) => n.getAttribute('data-state') ?? ''),
        startVisible,
        nodes: nodes.length,
        withinChart: box.left >= chart.left - 0.5 && box.right <= chart.right + 0.5,
      };
    }),
  );
}

describe.skipIf(browserSkipReason)('process diagrams at 1440×900', { timeout: 120_000 }, () => {
  const dir = createTempDir();
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
    await browser.page.setViewportSize({ width: 1440, height: 900 });
  }, 60_000);
  afterAll(() => browser?.close());

  for (const [name, pair] of [
    ['open-restaurant (a parallel block after the reform)', () => bundledPair('open-restaurant')],
    ['a 300-step procedure', () => writeLargeProcedure(dir)],
  ] as const) {
    it(`${name}: both panels sit within the chart, every node within reach of their scrolling, the first state in view on open`, async () => {
      const report = await writeReport(dir, pair());
      await openApp(browser.page, report.url);
      await browser.page.locator('section.chart[data-chart="process"]').scrollIntoViewIfNeeded();
      const panels = await checkPanels(browser);
      expect(panels.map((p) => p.side)).toEqual(['before', 'after']);
      for (const p of panels) {
        expect(p.nodes, p.side).toBeGreaterThan(2);
        expect(p.unreachable, p.side).toEqual([]);
        expect(p.withinChart, p.side).toBe(true);
        expect(p.startVisible, p.side).toBe(true);
      }
      expect(browser.errors).toEqual([]);
    });
  }

  it('shows the two open-restaurant diagrams side by side, whole or at no less than the readable scale', async () => {
    const report = await writeReport(dir, bundledPair('open-restaurant'));
    await openApp(browser.page, report.url);
    const panels = await browser.page.$$eval('section.chart[data-chart="process"] .process-panel', (ps) =>
      ps.map((p) => ({ top: p.getBoundingClientRect().top, scale: Number((p as HTMLElement).dataset.scale) })),
    );
    expect(panels[0]!.top).toBe(panels[1]!.top);
    for (const p of panels) expect(p.scale).toBeGreaterThanOrEqual(0.75);
  });

  it('exports the process chart as one SVG holding the legend and both whole diagrams, scrolled parts too', async () => {
    const report = await writeReport(dir, bundledPair('open-restaurant'));
    await openApp(browser.page, report.url);
    const exported = await browser.page.evaluate(async () => {
      const doc = new DOMParser().parseFromString(await window.wujian.exportSvg('process'), 'image/svg+xml');
      const inPage = document.querySelectorAll('section.chart[data-chart="process"] [data-state]').length;
      const width = Number(doc.documentElement.getAttribute('width'));
      const panels = [...document.querySelectorAll<SVGSVGElement>('.process-panel svg')].map((s) => s.viewBox.baseVal.width);
      return { states: doc.querySelectorAll('[data-state]').length, inPage, width, panels, error: doc.querySelector('parsererror') !== null };
    });
    expect(exported.error).toBe(false);
    expect(exported.states).toBe(exported.inPage);
    expect(exported.width).toBeGreaterThanOrEqual(exported.panels[0]! + exported.panels[1]!);
  });
});
