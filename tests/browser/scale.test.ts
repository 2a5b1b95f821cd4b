import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { BUNDLE_ITEMS, LARGE_STEPS, writeLargeBundle, writeLargeProcedure } from './generate.js';
import { findOverlaps, writeReport, type WrittenReport } from './support.js';

describe.skipIf(browserSkipReason)('large procedures and bundles in the browser', { timeout: 120_000 }, () => {
  const dir = createTempDir();
  let browser: TestBrowser;
  let large: WrittenReport;
  let bundle: WrittenReport;

  beforeAll(async () => {
    large = await writeReport(dir, writeLargeProcedure(dir));
    bundle = await writeReport(dir, writeLargeBundle(dir));
    browser = await launchBrowser();
  }, 180_000);
  afterAll(() => browser?.close());

  it(`draws a ${LARGE_STEPS}-step procedure with no two step nodes overlapping`, async () => {
    await openApp(browser.page, large.url);
    const nodes = await browser.page.locator('[data-state]').count();
    expect(nodes).toBeGreaterThanOrEqual(LARGE_STEPS);
    expect(await findOverlaps(browser.page, '[data-state]', 'data-state')).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it(`exports the ${LARGE_STEPS}-step diagram as a PNG within the browser's canvas, and says it drew it smaller`, async () => {
    const { page } = browser;
    await openApp(page, large.url);
    const section = page.locator('section.chart[data-chart="process"]');
    const download = page.waitForEvent('download');
    await section.locator('button[data-export="png"]').click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    const note = section.locator('.export-note[role="status"]');
    await note.waitFor({ state: 'visible' });
    expect(await note.textContent()).toMatch(/^图表太大，PNG 按 (0|1)(\.\d+)? 倍导出/);
    // A chart that fits is drawn at 2× and carries no note.
    const dashboard = page.locator('section.chart[data-chart="dashboard"]');
    const small = page.waitForEvent('download');
    await dashboard.locator('button[data-export="png"]').click();
    await small;
    expect(await dashboard.locator('.export-note').count()).toBe(0);
  });

  it(`draws a ${BUNDLE_ITEMS}-item bundle with no two step nodes overlapping`, async () => {
    await openApp(browser.page, bundle.url);
    expect(await findOverlaps(browser.page, '[data-state]', 'data-state')).toEqual([]);
    const items = await browser.page.evaluate(() => window.wujian.data?.cases[0]?.comparison.before.items.length);
    expect(items).toBe(BUNDLE_ITEMS);
    expect(browser.errors).toEqual([]);
  });
});
