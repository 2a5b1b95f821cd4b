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

  it(`draws a ${BUNDLE_ITEMS}-item bundle with no two step nodes overlapping`, async () => {
    await openApp(browser.page, bundle.url);
    expect(await findOverlaps(browser.page, '[data-state]', 'data-state')).toEqual([]);
    const items = await browser.page.evaluate(() => window.wujian.data?.cases[0]?.comparison.before.items.length);
    expect(items).toBe(BUNDLE_ITEMS);
    expect(browser.errors).toEqual([]);
  });
});
