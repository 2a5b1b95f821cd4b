import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_TOP } from '../../src/cli/commands/cases.js';
import { wujian } from '../support/cli.js';
import { ROOT } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { startView, type RunningView } from './serve.js';
import { bundledPairs, getMeasureLabels } from './support.js';

describe.skipIf(browserSkipReason)('wujian view: the dashboard of the bundled cases', { timeout: 60_000 }, () => {
  let view: RunningView;
  let browser: TestBrowser;
  const pairs = bundledPairs();
  const cases = pairs.map((p) => p.id);
  /** `wujian compare --format json` of each pair, by case id: what the page must agree with. */
  const compared = new Map<string, { after: { name: string }; summary: { zh: string }; measures: Array<{ key: string; text: { zh: string } }> }>();

  beforeAll(async () => {
    for (const pair of pairs) compared.set(pair.id, JSON.parse((await wujian(ROOT, 'compare', pair.before, pair.after, '--format', 'json')).stdout));
    view = await startView();
    browser = await launchBrowser(view.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (view) expect(await view.stop()).toBe(0);
  });

  it('serves on 127.0.0.1 and first prints each bundled pair\'s summary as `wujian compare` words it', async () => {
    expect(view.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(cases).toEqual(expect.arrayContaining(['food-business-licence', 'open-restaurant']));
    const expected = cases.map((id) => `${compared.get(id)!.after.name}：${compared.get(id)!.summary.zh}`);
    expect(view.printed().split('\n').slice(0, cases.length)).toEqual(expected);
  });

  it.each(cases)('draws the %s case, its percent labels as `wujian compare` words them', async (id) => {
    const seen = browser.errors.length;
    await openApp(browser.page, `${view.url}?case=${id}`);
    expect(await browser.page.locator('#case-select').inputValue()).toBe(id);
    const labels = await getMeasureLabels(browser.page);
    for (const m of compared.get(id)!.measures) expect(labels[m.key], `${id} ${m.key}`).toBe(m.text.zh);
    expect(browser.errors.slice(seen)).toEqual([]);
  });

  it('draws the 改革机会 panel with the very sentences `wujian suggest processes` gives', async () => {
    const json = JSON.parse((await wujian(ROOT, 'suggest', 'processes', '--format', 'json', '--top', String(PANEL_TOP))).stdout);
    await openApp(browser.page, view.url);
    const panel = browser.page.locator('section[data-chart="opportunities"]');
    expect(await panel.locator('.document-text').allTextContents()).toEqual(json.documents.map((d: { text: { zh: string } }) => d.text.zh));
    const effects = await panel.locator('table.opportunities tbody tr td:nth-child(6)').allTextContents();
    expect(effects).toEqual(json.opportunities.map((o: { suggestion: { effect: { summary: { zh: string } } } }) => o.suggestion.effect.summary.zh));
  });

  it('asks nothing of the network', () => {
    expect(browser.outside).toEqual([]);
  });
});
