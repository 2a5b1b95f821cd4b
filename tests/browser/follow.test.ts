import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, ROOT } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { startView, type RunningView } from './serve.js';

/** The two cases copied into the folder `view` follows (the first shown first); the test edits the second. */
const FIRST = 'food-worker-health-certificate';
const EDITED = 'newborn-birth';

describe.skipIf(browserSkipReason)('wujian view follows the folder it shows', { timeout: 90_000 }, () => {
  const folder = createTempDir();
  const after = join(folder, EDITED, 'after.yaml');
  let original = '';
  let view: RunningView;
  let browser: TestBrowser;

  beforeAll(async () => {
    for (const id of [FIRST, EDITED]) cpSync(join(ROOT, 'processes', id), join(folder, id), { recursive: true });
    original = readFileSync(after, 'utf8');
    view = await startView(undefined, [folder, '--lang', 'en']);
    browser = await launchBrowser(view.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (view) expect(await view.stop()).toBe(0);
  });

  const page = () => browser.page;
  const shownCase = () => page().locator('#case-select').inputValue();
  const search = () => page().evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));

  it('opens in English when started with --lang en, its address saying no language', async () => {
    await openApp(page(), view.url);
    expect(await page().evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page().locator('.app-header h1').textContent()).toBe('Wujian · reform results');
  });

  it('keeps the chosen case and language in the address: a reload keeps them, Back returns to the ones before', async () => {
    await openApp(page(), view.url);
    expect(await shownCase()).toBe(FIRST);
    await page().locator('#case-select').selectOption(EDITED);
    await page().waitForFunction(() => document.body.dataset.ready === 'true');
    expect(await search()).toEqual({ case: EDITED, lang: 'en' });
    await page().locator('.lang-switch button[data-lang="zh"]').click();
    await page().waitForFunction(() => document.body.dataset.ready === 'true' && document.documentElement.lang === 'zh-CN');
    expect(await search()).toEqual({ case: EDITED, lang: 'zh' });

    await page().reload();
    await page().waitForFunction(() => document.body.dataset.ready === 'true');
    expect(await shownCase()).toBe(EDITED);
    expect(await page().evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    await page().goBack();
    await page().waitForFunction(() => document.body.dataset.ready === 'true' && document.documentElement.lang === 'en');
    expect(await shownCase()).toBe(EDITED);
    await page().goBack();
    await page().waitForFunction((id) => (document.getElementById('case-select') as HTMLSelectElement).value === id, FIRST);
  });

  it('redraws the open page on the chosen case when a procedure is saved, lists the located errors of an invalid one, and recovers', async () => {
    await openApp(page(), `${view.url}?case=${EDITED}&lang=zh`);
    const renamed = '新生儿出生一件事（已编辑）';
    writeFileSync(after, original.replace(/^name: .*$/m, `name: ${renamed}`));
    await page().waitForFunction(
      (name) => document.querySelector('#case-select option:checked')?.textContent === name && document.body.dataset.ready === 'true',
      renamed,
      { timeout: 30_000 },
    );
    expect(await shownCase()).toBe(EDITED);
    expect(await page().evaluate((id) => window.wujian.data!.cases.find((c) => c.id === id)!.comparison.after.name, EDITED)).toBe(renamed);

    // An unclosed flow sequence: the server stays, the page keeps the last good cases and says where.
    writeFileSync(after, original.replace(/^name: .*$/m, 'name: [unclosed'));
    const problems = page().locator('.follow-problems');
    await problems.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await problems.locator('pre').textContent()).toMatch(new RegExp(`${EDITED}/after\\.yaml:\\d+:\\d+`));
    expect(await page().locator('#case-select option:checked').textContent()).toBe(renamed);
    expect(view.child.exitCode).toBeNull();

    writeFileSync(after, original);
    await problems.waitFor({ state: 'hidden', timeout: 30_000 });
    await page().waitForFunction((name) => document.querySelector('#case-select option:checked')?.textContent !== name, renamed);
    expect(await shownCase()).toBe(EDITED);
    expect(browser.errors).toEqual([]);
  });
});
