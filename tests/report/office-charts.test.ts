/**
 * The Office files' charts are the web's own, drawn in Node: the same words and figures as the page;
 * Chinese drawn with the shipped font (bold as bold); names users typed stay text in every file; a
 * rise reads 增加 in Excel while the cell stays a negative number.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/analysis/compare/compare.js';
import { getComparisonTotals } from '../../src/analysis/compare/totals.js';
import { Exit } from '../../src/cli/io.js';
import { toComparisonJson } from '../../src/report/comparison-json.js';
import { getAppFontChunks } from '../../src/cli/web-build.js';
import { loadChartRenderer } from '../../src/report/office/renderer.js';
import { splitRows } from '../../src/report/office/comparison-pptx.js';
import { createRenderer, withChartFonts } from '../../src/report/office/raster.js';
import { OFFICE_PHRASES } from '../../src/report/office-phrases.js';
import { createCase } from '../../src/report/presentation.js';
import { loadPairs } from '../../src/cli/commands/cases.js';
import { createMemoryIO } from '../../src/cli/io.js';
import { wujian } from '../support/cli.js';
import { createTempDir, ROOT } from '../support/files.js';
import type { CountingRuleId } from '../../src/vocabulary/index.js';
import { openOffice, paragraphs, xmlParts } from '../support/office.js';
import { getDashboardMeasures } from '../browser/support.js';

const DIR = createTempDir();

/** Non-white pixels of an RGBA image. */
function ink(pixels: Buffer): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 200) n++;
  return n;
}

describe('charts in Node', () => {
  it('draws the dashboard and timeline with the web’s views: the cut words and steps of the comparison JSON', async () => {
    const [pair] = loadPairs([join(ROOT, 'processes/food-business-licence')], 'zh', createMemoryIO(ROOT)).pairs;
    const current = await createCase({ id: 'food', before: pair!.before.side!, after: pair!.after.side!, simulations: false });
    const charts = (await loadChartRenderer()).drawCaseCharts(current, 'zh');
    const cuts = [...charts.dashboard.svg.matchAll(/<text([^>]*)>([^<]*)</g)]
      .filter((m) => m[1]!.includes('class="cut-label"'))
      .map((m) => [/data-measure="(\w+)"/.exec(m[1]!)?.[1], m[2]]);
    // The rows the dashboard draws (getDashboardLayout: no empty or repeated rows), as the page draws them.
    expect(cuts).toEqual(getDashboardMeasures(current.comparison.measures).map((m) => [m.key, m.text.zh]));
    const rows = [...charts.timeline.svg.matchAll(/<g[^>]* data-row="([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual([...current.comparison.before.timeline, ...current.comparison.after.timeline].map((s) => s.key));
    expect(charts.process.map((p) => p.title)).toEqual(['流程图 · 食品经营许可（新办）']);
    expect(charts.process[0]!.svg).toContain('改革前 · 食品经营许可（新办）');
  }, 60_000);

  it('draws Chinese with the shipped Noto Sans SC, bold heavier than regular, and nothing from the machine’s fonts', async () => {
    const svg = (weight: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-family="'Noto Sans SC'" font-size="28" font-weight="${weight}">材料压减</text></svg>`;
    const [regular, bold, none] = await withChartFonts('材料压减', getAppFontChunks(), (files) => [
      ink(createRenderer(svg(400), files, 1).render().pixels),
      ink(createRenderer(svg(700), files, 1).render().pixels),
      ink(createRenderer(svg(400), [], 1).render().pixels),
    ]);
    expect(none).toBe(0);
    expect(regular).toBeGreaterThan(200);
    expect(bold).toBeGreaterThan(regular * 1.2);
  }, 60_000);
});

describe('text users typed stays text', () => {
  it('keeps a name that starts like a formula, or holds markup, as plain text in the workbook, the report and the slides', async () => {
    const hostile = '=HYPERLINK("http://x","点我")<b>&amp;';
    const folder = join(DIR, 'hostile');
    mkdirSync(folder, { recursive: true });
    for (const side of ['before', 'after']) {
      const text = readFileSync(join(ROOT, 'processes/food-business-licence', `${side}.yaml`), 'utf8');
      writeFileSync(join(folder, `${side}.yaml`), text.replace(/^name: .*$/m, `name: '${hostile}'`));
    }
    const files = ['before.yaml', 'after.yaml'].map((f) => join(folder, f));
    for (const extension of ['xlsx', 'docx', 'pptx']) {
      const out = await wujian(ROOT, 'compare', ...files, '-o', join(DIR, `hostile.${extension}`));
      expect(out.code, out.stderr).toBe(Exit.OK);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(DIR, 'hostile.xlsx'));
    const cell = book.getWorksheet(OFFICE_PHRASES.sheets.summary.zh)!.getCell('A4');
    expect(cell.value).toBe(hostile);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    const sheets = await xmlParts(await openOffice(join(DIR, 'hostile.xlsx')), /^xl\/worksheets\/sheet\d+\.xml$/);
    expect(sheets.some((s) => s.xml.includes('<f>'))).toBe(false);
    const [document] = await xmlParts(await openOffice(join(DIR, 'hostile.docx')), /^word\/document\.xml$/);
    expect(paragraphs(document!.xml)[0]).toBe(`${hostile}改革前后对比`);
    expect(document!.xml).not.toContain('<b>');
    const [first] = await xmlParts(await openOffice(join(DIR, 'hostile.pptx')), /^ppt\/slides\/slide1\.xml$/);
    expect(paragraphs(first!.xml)[0]).toMatch(new RegExp(`^${hostile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：`));
  }, 300_000);
});

describe('figures that rose', () => {
  it('stay negative numbers in Excel, shown as 增加 by the cell’s format', async () => {
    const folder = join(ROOT, 'processes/food-business-licence');
    const reversed = [join(folder, 'after.yaml'), join(folder, 'before.yaml')];
    const file = join(DIR, 'reversed.xlsx');
    expect((await wujian(ROOT, 'compare', ...reversed, '-o', file)).code).toBe(Exit.OK);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet(OFFICE_PHRASES.sheets.measures.zh)!;
    const materials = sheet.getRow(3);
    expect(materials.getCell(6).value).toBe(-4);
    expect(materials.getCell(6).numFmt).toBe(OFFICE_PHRASES.numberFormats.zh.whole);
    expect(OFFICE_PHRASES.numberFormats.zh.whole.split(';')[1]).toBe('"增加"#,##0');
    expect(materials.getCell(7).value).toBe(-0.8);
    expect(materials.getCell(8).value).toBe('增加80.00%');
  }, 120_000);
});

describe('totals and slides', () => {
  it('sums a county’s pairs and takes the percent from the sums, leaving out a pair without the figure', () => {
    const row = (key: 'materials' | 'committedLimit', before: number | null, after: number | null, rule: CountingRuleId) => ({ key, before, after, cut: null, cutPercent: null, rule: { before: rule, after: rule } });
    const totals = getComparisonTotals([
      { measures: [row('materials', 9, 5, 'materials-procedure'), row('committedLimit', 15, 1, 'limit-item')] },
      { measures: [row('materials', 35, 17, 'materials-per-item'), row('committedLimit', null, 5, 'limit-item')] },
    ]);
    // A procedure's and a bundle's materials are counted by different rules: the total names both.
    expect(totals.measures.find((m) => m.key === 'materials')).toEqual({ key: 'materials', before: 44, after: 22, cut: 22, cutPercent: 50, pairs: 2, rules: ['materials-procedure', 'materials-per-item'] });
    // The average of 44.44% and 51.43% would be 47.94%: not what a total is.
    expect(totals.measures.find((m) => m.key === 'committedLimit')).toMatchObject({ before: 15, after: 1, pairs: 1 });
    expect(totals.saved).toBeUndefined();
  });

  it('spreads a long table evenly over the fewest slides, a tall row on a slide of its own', () => {
    expect(splitRows([1, 1, 1, 1, 1], 4)).toEqual([[0, 1, 2], [3, 4]]);
    expect(splitRows([1, 1, 1], 4)).toEqual([[0, 1, 2]]);
    expect(splitRows([2, 9, 2], 4)).toEqual([[0], [1], [2]]);
  });

  it('writes the same total the JSON of each pair adds up to', () => {
    const { pairs } = loadPairs([join(ROOT, 'processes')], 'zh', createMemoryIO(ROOT));
    const comparisons = pairs.map((p) => compareDocuments(p.before.side!, p.after.side!));
    const totals = getComparisonTotals(comparisons);
    const steps = totals.measures.find((m) => m.key === 'steps')!;
    const json = comparisons.map(toComparisonJson);
    expect(steps.before).toBe(json.reduce((s, c) => s + c.measures.find((m) => m.key === 'steps')!.before!, 0));
    expect(steps.pairs).toBe(json.length);
  });
});

