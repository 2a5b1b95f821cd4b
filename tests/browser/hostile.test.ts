import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { PAYLOADS, writeHostileProcedure } from './generate.js';
import { writeReport } from './support.js';

describe.skipIf(browserSkipReason)('names that carry HTML or script', { timeout: 60_000 }, () => {
  const dir = createTempDir();
  let browser: TestBrowser;

  beforeAll(async () => {
    const report = await writeReport(dir, writeHostileProcedure(dir));
    browser = await launchBrowser();
    await openApp(browser.page, report.url);
    // Give any injected handler (an <img> error, a script) the time it would need to run.
    await browser.page.waitForTimeout(300);
  }, 120_000);
  afterAll(() => browser?.close());

  it('run nothing: the flag every payload would set stays unset', async () => {
    expect(await browser.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(browser.errors).toEqual([]);
  });

  it('create no element: no <img> and no script beyond the page\'s own', async () => {
    const found = await browser.page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      scripts: [...document.scripts].map((s) => s.id || s.type),
    }));
    expect(found.images).toBe(0);
    expect(found.scripts).toEqual(['module', 'wujian-data']);
  });

  it('show as the text they are', async () => {
    const text = await browser.page.evaluate(() => {
      // Text drawn in SVG and in HTML alike, including what only tooltips or the ledger table show.
      const parts = [...document.querySelectorAll('text, tspan, td, th, h1, h2, option, span, p, li, div')].map((e) => e.textContent ?? '');
      return parts.join('\n');
    });
    expect(text).toContain('恶意名称');
    expect(text).toContain(PAYLOADS.img);
    expect(text).toContain(PAYLOADS.script);
  });

  it('keep their long unbroken words inside the step boxes of the process diagrams', async () => {
    const outside = await browser.page.$$eval('section.chart[data-chart="process"] g.state', (boxes) =>
      boxes.flatMap((box) => {
        const shape = box.querySelector('rect, circle')!.getBoundingClientRect();
        return [...box.querySelectorAll('text')]
          .map((text) => ({ text: text.textContent ?? '', r: text.getBoundingClientRect() }))
          .filter(({ r }) => r.left < shape.left - 0.5 || r.right > shape.right + 0.5 || r.top < shape.top - 0.5 || r.bottom > shape.bottom + 0.5)
          .map(({ text }) => `${box.getAttribute('data-state')}: ${text}`);
      }),
    );
    expect(await browser.page.locator('section.chart[data-chart="process"] g.state.step').count()).toBeGreaterThanOrEqual(4);
    expect(outside).toEqual([]);
  });

  it('keep their whole name, unbroken, in the tooltip of a step box that wraps it', async () => {
    const { page } = browser;
    const apply = page.locator('section.chart[data-chart="process"] g.state.step[data-state="apply"]').first();
    expect(await apply.locator('text:not(.meta)').count()).toBeGreaterThan(1);
    await apply.focus();
    expect(await page.locator('.tooltip .tooltip-title').textContent()).toBe(`申请 ${PAYLOADS.img}`);
  });

  it('keep the diagram titles inside their bands on the page, and whole in the exported SVG', async () => {
    const { page } = browser;
    const titles = await page.$$eval('section.chart[data-chart="process"] svg.process-title', (svgs) =>
      svgs.map((svg) => ({ text: svg.querySelector('tspan')!.getBoundingClientRect(), band: svg.getBoundingClientRect() })),
    );
    expect(titles).toHaveLength(2);
    for (const { text, band } of titles) expect(text.right).toBeLessThanOrEqual(band.right + 0.5);
    const exported = await page.evaluate(async () => {
      const doc = new DOMParser().parseFromString(await window.wujian.exportSvg('process'), 'image/svg+xml');
      return [...doc.querySelectorAll('[data-full]')].map((e) => e.textContent);
    });
    expect(exported).toEqual([`改革前 · 恶意名称 ${PAYLOADS.img}`, `改革后 · 恶意名称 ${PAYLOADS.img}`]);
  });
});

