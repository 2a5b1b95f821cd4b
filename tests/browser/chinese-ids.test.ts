/**
 * A procedure written with Chinese ids (tests/fixtures/procedures/chinese.yaml) in the report: its
 * states are drawn and found by their Chinese ids, the page reports no error and requests nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, fixture } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { writeReport } from './support.js';

describe.skipIf(browserSkipReason)('Chinese ids in the report', { timeout: 60_000 }, () => {
  const dir = createTempDir();
  let browser: TestBrowser;

  beforeAll(async () => {
    const file = fixture('procedures', 'chinese.yaml');
    const report = await writeReport(dir, { id: 'chinese', before: file, after: file }, 'chinese.html');
    browser = await launchBrowser();
    await openApp(browser.page, report.url);
  }, 120_000);
  afterAll(() => browser?.close());

  it('draws every state of the process, keyed by its Chinese id', async () => {
    const states = await browser.page.$$eval('section.chart[data-chart="process"] [data-state]', (nodes) => [...new Set(nodes.map((n) => n.getAttribute('data-state')))]);
    expect(states.sort()).toEqual(['不予许可', '办结', '受理', '审查', '申请']);
    expect(browser.errors).toEqual([]);
    expect(browser.outside).toEqual([]);
  });
});
