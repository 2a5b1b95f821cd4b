/**
 * One case through every surface: `wujian compare` as a terminal table, as Markdown and as JSON, and
 * the one-file report in a browser (dashboard, ledger table, materials matrix, process diagram). The
 * words and numbers must be the same everywhere: each measure's name, figures and cut, each ledger
 * entry's kind, change, reason and names, each material's reason, and the materials the applicant
 * prepares at a step. The 广元 bundle is the case where the web once said 22 materials and the CLI 17,
 * and where the dashboard said 取消 and the terminal 减少.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonJson } from '../../src/report/comparison-json.js';
import { figureText } from '../../src/report/comparison-words.js';
import { getDashboardLayout, grouped, LEDGER_CHANGES, LEDGER_KINDS, LEDGER_REASONS, num } from '../../src/vocabulary/index.js';
import { wujian } from '../support/cli.js';
import { createTempDir, ROOT } from '../support/files.js';
import { browserSkipReason, launchBrowser, openApp, type TestBrowser } from './browser.js';
import { bundledPair, getMeasureLabels, writeReport } from './support.js';

const pair = bundledPair('open-restaurant-guangyuan');

/** `text` as a regular expression matching it literally. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A line of `output` holding `cells` in order, separated by column padding (the terminal) or pipes (Markdown). */
function findRow(output: string, cells: readonly string[], separator: string): string | undefined {
  const pattern = new RegExp(cells.map(literal).join(separator));
  return output.split('\n').find((line) => pattern.test(line));
}

describe.skipIf(browserSkipReason)('one case on every surface (广元 开办餐饮店一件事)', { timeout: 120_000 }, () => {
  const dir = createTempDir();
  let json: ComparisonJson;
  let table: string;
  let markdown: string;
  let browser: TestBrowser;

  beforeAll(async () => {
    const [t, md, j] = await Promise.all([
      wujian(ROOT, 'compare', pair.before, pair.after),
      wujian(ROOT, 'compare', pair.before, pair.after, '--format', 'md'),
      wujian(ROOT, 'compare', pair.before, pair.after, '--format', 'json'),
    ]);
    for (const r of [t, md, j]) expect(r.code, r.stderr).toBe(0);
    [table, markdown, json] = [t.stdout, md.stdout, JSON.parse(j.stdout) as ComparisonJson];
    const report = await writeReport(dir, pair);
    browser = await launchBrowser();
    await openApp(browser.page, report.url);
  }, 180_000);
  afterAll(() => browser?.close());

  it('names every measure with its figures and cut alike in the table, Markdown, JSON and the dashboard, which states its counting rule', async () => {
    const labels = await getMeasureLabels(browser.page);
    const bars = await browser.page.$$eval('g.measure-row', (rows) =>
      Object.fromEntries(rows.map((r) => [(r as SVGGElement).dataset.row!, [...r.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim())])),
    );
    const layout = getDashboardLayout(json.measures);
    const omitted = await browser.page.$eval('text.omitted-rows', (t) => t.textContent ?? '');
    for (const m of json.measures) {
      const cells = [m.name.zh, figureText(m.key, m.before, 'zh'), figureText(m.key, m.after, 'zh'), m.cut === null ? '—' : num(m.cut), m.text.zh];
      expect(findRow(table, cells, '\\s+'), `terminal: ${m.key}`).toBeDefined();
      expect(findRow(markdown, cells, ' \\| '), `Markdown: ${m.key}`).toBeDefined();
      // The dashboard shows what exists: a row of its own, a row it shares (same figures, named under it), or named as left out.
      const row = layout.rows.find((r) => r.key === m.key || r.merged.includes(m.key));
      if (!row) {
        expect(omitted, `dashboard leaves out ${m.key} and says so`).toContain(m.name.zh);
        continue;
      }
      expect(labels[row.key], `dashboard cut: ${m.key}`).toBe(m.text.zh);
      expect(bars[row.key]!.join(' '), `dashboard row: ${m.key}`).toContain(m.name.zh);
      for (const figure of [m.before, m.after]) if (figure !== null) expect(bars[row.key], `dashboard figure: ${m.key}`).toContain(grouped(figure));
      // Every figure states how it was counted, whole, also one shown in another's row (wrapped lines joined).
      expect(bars[row.key]!.join('').replace(/\s/g, ''), `dashboard rule: ${m.key}`).toContain(m.ruleText.zh.replace(/\s/g, ''));
    }
    // 广元: 材料份数 is 材料's row, the modelled times the committed limit's; 法定时限 (none) and 费用 (0 → 0) are left out.
    expect(layout.rows.find((r) => r.key === 'materials')!.merged).toEqual(['copies']);
    expect(layout.rows.find((r) => r.key === 'committedLimit')!.merged).toEqual(['timeStandard', 'timeSlowest']);
    expect(layout.omitted.map((o) => o.key)).toEqual(['statutoryLimit', 'fees']);
    expect(json.measures.find((m) => m.key === 'materials')).toMatchObject({ before: 35, after: 17 });
  });

  it('words every ledger entry alike: its kind, change (减少, not 取消), reason, items and what it went into', async () => {
    const rows = await browser.page.$$eval('table.ledger tbody tr', (trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent ?? '')));
    expect(rows).toHaveLength(json.ledger.length);
    json.ledger.forEach((e, i) => {
      const kind = LEDGER_KINDS[e.kind].zh;
      const change = LEDGER_CHANGES[e.change].zh;
      const reason = LEDGER_REASONS[e.reason].name.zh;
      const quantity = e.before !== undefined && e.after !== undefined ? `${num(e.before)} → ${num(e.after)}` : '';
      expect(rows[i], `web ledger row ${i}`).toEqual([kind, change, e.name, e.itemName ?? '', reason, e.intoName ?? '', quantity]);
      const into = e.intoName ? `，并入 ${e.intoName}` : '';
      const why = `${reason}${into}${quantity ? ` (${quantity})` : ''}`;
      expect(findRow(table, [kind, change, why, `${e.name}${e.itemName ? `（${e.itemName}）` : ''}`], '\\s+'), `terminal ledger ${i}`).toBeDefined();
      expect(findRow(markdown, [kind, e.name, e.itemName ?? '—', change, why], ' \\| '), `Markdown ledger ${i}`).toBeDefined();
    });
    expect(rows.some((r) => r[1] === '减少')).toBe(true);
    expect(rows.some((r) => r[1] === '取消')).toBe(false);
  });

  it('gives each material of the matrix the reason the comparison gives it, in a chart’s shorter words', async () => {
    const drawn = await browser.page.$$eval('g.material-row', (rows) =>
      Object.fromEntries(rows.map((r) => [(r as SVGGElement).dataset.material!, r.querySelector('text.reason')?.textContent ?? ''])),
    );
    expect(Object.keys(drawn)).toEqual(json.materials.map((m) => m.id));
    for (const m of json.materials) expect(drawn[m.id], m.id).toBe(m.reason ? LEDGER_REASONS[m.reason].short.zh : '');
  });

  it('counts at the after side’s apply step the 17 materials the comparison counts, not 22', async () => {
    const prepared = json.after.materials.filter((m) => m.prepared && m.steps.includes('open-restaurant-guangyuan/apply'));
    expect(prepared).toHaveLength(17);
    const meta = await browser.page.$$eval('.process-panel.after g.state[data-state="apply"] text.meta', (texts) => texts.map((t) => t.textContent ?? '').join(' '));
    expect(meta).toMatch(new RegExp(`材料${prepared.length}(?!\\d)`));
  });
});
