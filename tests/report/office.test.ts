/**
 * The Office files of `compare` (Word, PowerPoint, Excel), read back with libraries: every figure in
 * them equals `compare --format json`, the counting note (口径) is where the table and Markdown have
 * it, the charts are the web's own drawings as print-resolution pictures, and `--all` gives a row per
 * pair and a total computed from the sums.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Exit } from '../../src/cli/io.js';
import { COMPARISON_PHRASES } from '../../src/report/comparison-phrases.js';
import { OFFICE_PHRASES } from '../../src/report/office-phrases.js';
import { fill, ruleDescription } from '../../src/vocabulary/index.js';
import { wujian } from '../support/cli.js';
import { createTempDir, ROOT } from '../support/files.js';
import { openOffice, paragraphs, pngSize, xmlParts } from '../support/office.js';

const DIR = createTempDir();
/** The note under every measures table: how a cut is computed, as the terminal and Markdown say it. */
const ROUNDING = fill(COMPARISON_PHRASES.note, 'zh', ruleDescription('percent-half-up', 'zh'));
const FOOD = ['processes/food-business-licence/before.yaml', 'processes/food-business-licence/after.yaml'];
const TARGETS = ['--target', '材料压减至少30%', '--target', '跑动不超过1'];

/** What `compare --format json` says of the pair: the figures every file must carry. */
type Json = {
  measures: Array<{ key: string; before: number | null; after: number | null; cut: number | null; cutPercent: number | null; name: { zh: string }; text: { zh: string }; ruleText: { zh: string } }>;
  ledger: Array<{ name: string }>;
  targets: Array<{ goal: { zh: string }; met: boolean }>;
  summary: { zh: string };
  headline: { zh: string };
  after: { name: string };
};
let json: Json;

beforeAll(async () => {
  const out = await wujian(ROOT, 'compare', ...FOOD, ...TARGETS, '--format', 'json');
  expect(out.code).toBe(Exit.OK);
  json = JSON.parse(out.stdout);
  for (const extension of ['docx', 'pptx', 'xlsx']) {
    const written = await wujian(ROOT, 'compare', ...FOOD, ...TARGETS, '-o', join(DIR, `食品.${extension}`));
    expect(written.code, written.stderr).toBe(Exit.OK);
  }
}, 300_000);

describe('compare -o 对比.xlsx', () => {
  it('holds the measures as numbers with number formats, equal to the JSON, a rise shown as 增加', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(DIR, '食品.xlsx'));
    const sheet = book.getWorksheet(OFFICE_PHRASES.sheets.measures.zh)!;
    for (const [i, m] of json.measures.entries()) {
      const row = sheet.getRow(2 + i);
      expect(row.getCell(1).value).toBe(json.after.name);
      expect(row.getCell(2).value).toBe(m.name.zh);
      expect(row.getCell(4).value).toBe(m.before);
      expect(row.getCell(5).value).toBe(m.after);
      expect(row.getCell(6).value).toBe(m.cut);
      // A percentage as Excel holds it: 0.4444 shown as 44.44%.
      const percent = row.getCell(7).value as number | null;
      expect(percent === null ? null : Math.round(percent * 10_000) / 100).toBe(m.cutPercent);
      if (m.cutPercent !== null) expect(row.getCell(7).numFmt).toBe(OFFICE_PHRASES.numberFormats.zh.percent);
      expect(row.getCell(8).value).toBe(m.text.zh);
      expect(row.getCell(9).value).toBe(m.ruleText.zh);
    }
    const summary = book.getWorksheet(OFFICE_PHRASES.sheets.summary.zh)!;
    const materials = json.measures.findIndex((m) => m.key === 'materials');
    // Each measure's counting rule under its heading, then the figures.
    expect(summary.getRow(2).getCell(2 + materials * 4).value).toBe(json.measures[materials]!.ruleText.zh);
    expect(summary.getRow(4).getCell(2 + materials * 4).value).toBe(9);
    expect(summary.getRow(4).getCell(5 + materials * 4).value).toBeCloseTo(0.4444, 10);
    // One pair: no total row, the counting note under the figures.
    const texts = summary.getColumn(1).values.filter((v) => typeof v === 'string') as string[];
    expect(texts.some((t) => t.startsWith(OFFICE_PHRASES.total.zh(1).slice(0, 2)))).toBe(false);
    expect(texts).toContain(ROUNDING);
  });

  it('lists the ledger and the targets of the JSON', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(DIR, '食品.xlsx'));
    const ledger = book.getWorksheet(OFFICE_PHRASES.sheets.ledger.zh)!;
    expect(ledger.getColumn(3).values.slice(2)).toEqual(json.ledger.map((e) => e.name));
    const targets = book.getWorksheet(OFFICE_PHRASES.sheets.targets.zh)!;
    expect(targets.getColumn(2).values.slice(2)).toEqual(json.targets.map((t) => t.goal.zh));
    expect(targets.getColumn(4).values.slice(2)).toEqual(json.targets.map((t) => (t.met ? '达标' : '未达标')));
  });
});

describe('compare -o 对比.docx', () => {
  it('says what the JSON says: the summary, every measure’s figures and cut, the counting note, the targets and the ledger', async () => {
    const zip = await openOffice(join(DIR, '食品.docx'));
    const [document] = await xmlParts(zip, /^word\/document\.xml$/);
    const text = paragraphs(document!.xml);
    expect(text.some((p) => p.includes(json.summary.zh))).toBe(true);
    expect(text).toContain(ROUNDING);
    for (const m of json.measures) {
      const at = text.indexOf(m.name.zh);
      expect(at, m.key).toBeGreaterThan(0);
      // The row's cells follow its name: before, after, cut, cut in words, counting rule.
      expect(text.slice(at + 3, at + 6)).toEqual([m.cut === null ? '—' : String(m.cut), m.text.zh, m.ruleText.zh]);
    }
    for (const t of json.targets) expect(text).toContain(t.goal.zh);
    for (const e of json.ledger) expect(text).toContain(e.name);
  });

  it('is an A4 公文 with 仿宋/黑体 and their fallbacks named, and the charts as print-resolution pictures', async () => {
    const zip = await openOffice(join(DIR, '食品.docx'));
    const [document] = await xmlParts(zip, /^word\/document\.xml$/);
    expect(document!.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const [fonts] = await xmlParts(zip, /^word\/fontTable\.xml$/);
    expect(fonts!.xml).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts!.xml).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    const pictures = Object.keys(zip.files).filter((p) => p.startsWith('word/media/') && !zip.files[p]!.dir);
    // The dashboard, the timeline and one process diagram for a single procedure.
    expect(pictures.length).toBe(3);
    for (const p of pictures) {
      const size = pngSize(await zip.file(p)!.async('uint8array'));
      // At least 2× the 1,000-pixel-wide charts: some 300 dpi across the 156 mm type area.
      expect(size.width, p).toBeGreaterThanOrEqual(1800);
    }
  });
});

describe('compare -o 对比.pptx', () => {
  it('opens with the headline slide and charts each measure natively, before and after on one scale, with the JSON’s figures', async () => {
    const zip = await openOffice(join(DIR, '食品.pptx'));
    const slides = await xmlParts(zip, /^ppt\/slides\/slide\d+\.xml$/);
    expect(paragraphs(slides[0]!.xml)[0]).toBe(json.headline.zh);
    expect(json.headline.zh).toBe('食品经营许可（新办）：材料压减44.44%，承诺时限压减93.33%，跑动次数降至0次');
    const charts = await xmlParts(zip, /^ppt\/charts\/chart\d+\.xml$/);
    const charted = json.measures.filter((m) => m.before !== null && m.after !== null && (m.before !== 0 || m.after !== 0));
    expect(charts.length).toBe(charted.length);
    for (const [i, m] of charted.entries()) {
      const xml = charts[i]!.xml;
      expect(paragraphs(xml)[0]).toContain(m.text.zh);
      const values = [...xml.matchAll(/<c:val>[\s\S]*?<c:v>([^<]+)<\/c:v>/g)].map((v) => Number(v[1]));
      expect(values, m.key).toEqual([m.before, m.after]);
      // Shown as written (12.5, 0.75), never rounded to whole numbers.
      expect(xml).toContain('formatCode="General"');
    }
  });

  it('carries the measures table with its counting note, and the whole ledger over as many slides as it takes', async () => {
    const zip = await openOffice(join(DIR, '食品.pptx'));
    const slides = await xmlParts(zip, /^ppt\/slides\/slide\d+\.xml$/);
    const texts = slides.map((s) => paragraphs(s.xml));
    expect(texts.some((t) => t.includes(ROUNDING))).toBe(true);
    // Every figure with its counting rule (口径), as the JSON names it: in the table and on each native chart.
    const table = texts.find((t) => t[0] === COMPARISON_PHRASES.measures.zh)!;
    for (const m of json.measures) expect(table, m.key).toContain(m.ruleText.zh);
    const charts = await xmlParts(zip, /^ppt\/charts\/chart\d+\.xml$/);
    const charted = json.measures.filter((m) => m.before !== null && m.after !== null && (m.before !== 0 || m.after !== 0));
    charted.forEach((m, i) => expect(paragraphs(charts[i]!.xml).join('\n'), m.key).toContain(m.ruleText.zh));
    const ledger = texts.filter((t) => t[0]?.startsWith(COMPARISON_PHRASES.ledger.zh));
    expect(ledger.length).toBeGreaterThan(1);
    expect(ledger.slice(1).every((t) => t[0] === `${COMPARISON_PHRASES.ledger.zh}${OFFICE_PHRASES.continued.zh}`)).toBe(true);
    const names = ledger.flatMap((t) => t.slice(6).filter((_, i) => i % 5 === 1));
    expect(names).toEqual(json.ledger.map((e) => e.name));
    const pictures = Object.keys(zip.files).filter((p) => p.startsWith('ppt/media/') && !zip.files[p]!.dir);
    expect(pictures.length).toBe(2);
  });
});

describe('dates on an assumed calendar', () => {
  it('carry the warning the JSON carries into the Word report, the slides and the workbook, and analyze’s Word report', async () => {
    // No arrangement is published for 2035: its working days are assumed, and every surface says so.
    const dated = [...FOOD, '--start-date', '2035-06-01'];
    const out = await wujian(ROOT, 'compare', ...dated, '--format', 'json');
    const warning = (JSON.parse(out.stdout) as { dates: { text: { zh: { warning?: string } } } }).dates.text.zh.warning!;
    expect(warning).toContain('2035');
    for (const extension of ['docx', 'pptx', 'xlsx']) {
      const file = join(DIR, `推算.${extension}`);
      const written = await wujian(ROOT, 'compare', ...dated, '-o', file);
      expect(written.code, written.stderr).toBe(Exit.OK);
      const parts = await xmlParts(await openOffice(file), /^(word\/document|ppt\/slides\/slide\d+|xl\/sharedStrings)\.xml$/);
      // A workbook's strings are shared (<si><t>…</t></si>), not paragraphs.
      const texts = extension === 'xlsx' ? parts.map((p) => p.xml) : parts.flatMap((p) => paragraphs(p.xml));
      expect(texts.some((t) => t.includes(warning)), extension).toBe(true);
    }
    const analysed = join(DIR, '推算分析.docx');
    expect((await wujian(ROOT, 'analyze', FOOD[0]!, '--start-date', '2035-06-01', '-o', analysed)).code).toBe(Exit.OK);
    const [document] = await xmlParts(await openOffice(analysed), /^word\/document\.xml$/);
    expect(paragraphs(document!.xml).some((t) => t.includes(warning))).toBe(true);
  }, 300_000);
});

describe('compare --all -o 全县.xlsx', () => {
  it('gives one row per pair and a total whose percent comes from the summed figures, not an average', async () => {
    const all = await wujian(ROOT, 'compare', '--all', 'processes', '--format', 'json');
    const pairs = JSON.parse(all.stdout) as Json[];
    const file = join(DIR, '全县.xlsx');
    expect((await wujian(ROOT, 'compare', '--all', 'processes', '-o', file)).code).toBe(Exit.OK);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet(OFFICE_PHRASES.sheets.summary.zh)!;
    const names = pairs.map((p) => p.after.name);
    expect(sheet.getColumn(1).values.slice(4, 4 + pairs.length)).toEqual(names);
    const total = sheet.getRow(4 + pairs.length);
    expect(total.getCell(1).value).toBe(OFFICE_PHRASES.total.zh(pairs.length));
    const materials = pairs[0]!.measures.findIndex((m) => m.key === 'materials');
    const before = pairs.reduce((s, p) => s + p.measures[materials]!.before!, 0);
    const after = pairs.reduce((s, p) => s + p.measures[materials]!.after!, 0);
    const at = 2 + materials * 4;
    expect([total.getCell(at).value, total.getCell(at + 1).value, total.getCell(at + 2).value]).toEqual([before, after, before - after]);
    expect(Math.round((total.getCell(at + 3).value as number) * 10_000)).toBe(Math.round(((before - after) / before) * 10_000));
    expect(sheet.getColumn(1).values).toContain(OFFICE_PHRASES.totalNote.zh);
  }, 120_000);
});

describe('the output file name chooses the format', () => {
  it('refuses an extension it does not write, an Office format without -o, and plain text under an Office name', async () => {
    const unknown = await wujian(ROOT, 'compare', ...FOOD, '-o', join(DIR, '对比.doc'));
    expect(unknown.code).toBe(Exit.USAGE);
    expect(unknown.stderr).toContain('不认识扩展名 .doc');
    expect(existsSync(join(DIR, '对比.doc'))).toBe(false);
    const printed = await wujian(ROOT, 'compare', ...FOOD, '--format', 'docx');
    expect(printed.code).toBe(Exit.USAGE);
    expect(printed.stderr).toContain('请用 -o 给出文件名，例如 -o 对比.docx');
    const mismatch = await wujian(ROOT, 'compare', ...FOOD, '--format', 'md', '-o', join(DIR, '对比.pptx'));
    expect(mismatch.code).toBe(Exit.USAGE);
    expect(existsSync(join(DIR, '对比.pptx'))).toBe(false);
    const analyze = await wujian(ROOT, 'analyze', FOOD[0]!, '-o', join(DIR, '分析.xlsx'));
    expect(analyze.code).toBe(Exit.USAGE);
    expect(analyze.stderr).toContain('.txt .json .md .docx');
  });

  it('still writes text formats by their extension: .md is Markdown, .json is JSON', async () => {
    const md = join(DIR, '对比.md');
    expect((await wujian(ROOT, 'compare', ...FOOD, '-o', md)).code).toBe(Exit.OK);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(md, 'utf8')).toMatch(/^# 改革前后对比/);
    const file = join(DIR, '对比.json');
    expect((await wujian(ROOT, 'compare', ...FOOD, '-o', file)).code).toBe(Exit.OK);
    expect(JSON.parse(readFileSync(file, 'utf8')).kind).toBe('comparison');
  });
});

describe('analyze -o 分析.docx', () => {
  it('carries every cell of the Markdown report, in a Word file', async () => {
    const folders = ['processes/newborn-birth', 'processes/food-business-licence'];
    const md = await wujian(ROOT, 'analyze', ...folders, '--format', 'md');
    const file = join(DIR, '分析.docx');
    expect((await wujian(ROOT, 'analyze', ...folders, '-o', file)).code).toBe(Exit.OK);
    const [document] = await xmlParts(await openOffice(file), /^word\/document\.xml$/);
    const text = paragraphs(document!.xml);
    const cells = md.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---')).flatMap((l) => l.slice(2, -2).split(' | '));
    expect(cells.length).toBeGreaterThan(50);
    for (const c of cells) expect(text, c).toContain(c.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  }, 120_000);
});
