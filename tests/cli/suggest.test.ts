/**
 * `wujian suggest`: one file's ranked suggestions in table, Markdown and JSON, the draft -o writes (which
 * `wujian compare` reads with the very figures suggest stated), --only/--skip/--explain, bad input, and
 * the catalogue of a folder.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Exit } from '../../src/cli/io.js';
import catalogueSchema from '../../schemas/catalogue.schema.json' with { type: 'json' };
import suggestionsSchema from '../../schemas/suggestions.schema.json' with { type: 'json' };
import { buildLizhou, LIZHOU } from '../fixtures/import/workbooks.js';
import { wujian } from '../support/cli.js';
import { createTempDir, fixture, ROOT } from '../support/files.js';
import { compileOutputSchema } from '../support/schemas.js';

const validateSuggestions = compileOutputSchema(suggestionsSchema);
const validateCatalogue = compileOutputSchema(catalogueSchema);
const DIR = createTempDir();
const FOOD = 'processes/food-business-licence/before.yaml';
const NEWBORN = 'processes/newborn-birth/before.yaml';

describe('wujian suggest <file>', { timeout: 60_000 }, () => {
  it('ranks suggestions in a Chinese table, each with its rule, basis and compare’s own sentence', async () => {
    const { code, stdout, stderr } = await wujian(ROOT, 'suggest', FOOD);
    expect(code).toBe(Exit.OK);
    expect(stderr).toBe('');
    expect(stdout).toContain('条改革建议，按效果排序');
    expect(stdout).toContain('数据共享、电子证照免提交');
    expect(stdout).toContain('依据：国办函〔2016〕108号');
    expect(stdout).toContain('效果：材料由9份压减至8份，压减11.11%');
    expect(stdout).toMatch(/全部采用（\d+ 条一并应用后对比）/);
    expect(stdout).toContain('加 -o 文件名 写出改革后草案');
  });

  it('writes JSON that conforms to schemas/suggestions.schema.json, for procedures and bundles', async () => {
    for (const file of [FOOD, NEWBORN, fixture('suggest', 'merge.yaml'), fixture('suggest', 'fee.yaml')]) {
      const { code, stdout } = await wujian(ROOT, 'suggest', file, '--format', 'json');
      expect(code).toBe(Exit.OK);
      const json = JSON.parse(stdout);
      expect(validateSuggestions(json), JSON.stringify(validateSuggestions.errors?.slice(0, 3))).toBe(true);
    }
  });

  it('writes a draft with -o that validates, and that `wujian compare` measures exactly as suggest stated', async () => {
    const out = join(DIR, 'food-draft.yaml');
    const suggested = await wujian(ROOT, 'suggest', FOOD, '--format', 'json', '-o', out);
    expect(suggested.code).toBe(Exit.OK);
    expect(suggested.stderr).toContain(`核对草案：wujian compare ${FOOD} ${out}`);
    const draft = readFileSync(out, 'utf8');
    expect(draft.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/procedure.schema.json');
    expect(draft).toContain('label: 改革后（草案）');
    expect(draft).toContain('# wujian suggest · 数据共享、电子证照免提交 · 依据：国办函〔2016〕108号');
    expect((await wujian(ROOT, 'validate', out)).code).toBe(Exit.OK);
    const compared = await wujian(ROOT, 'compare', FOOD, out, '--format', 'json');
    expect(compared.code).toBe(Exit.OK);
    expect(JSON.parse(compared.stdout).measures).toEqual(JSON.parse(suggested.stdout).total.measures);
  });

  it('writes a bundle’s draft with its changed items beside it, which compare reads', async () => {
    const out = join(DIR, 'newborn-draft.yaml');
    const suggested = await wujian(ROOT, 'suggest', NEWBORN, '--format', 'json', '-o', out);
    expect(suggested.code).toBe(Exit.OK);
    expect(existsSync(join(DIR, 'newborn-draft.household-registration.yaml'))).toBe(true);
    const compared = await wujian(ROOT, 'compare', NEWBORN, out, '--format', 'json');
    expect(compared.code).toBe(Exit.OK);
    expect(JSON.parse(compared.stdout).measures).toEqual(JSON.parse(suggested.stdout).total.measures);
  });

  it('never writes the draft over a file it read, and needs a file name for a bundle’s draft', async () => {
    const over = await wujian(ROOT, 'suggest', FOOD, '-o', FOOD);
    expect(over.code).toBe(Exit.USAGE);
    expect(over.stderr).toContain(FOOD);
    expect(readFileSync(join(ROOT, FOOD), 'utf8')).toContain('label: 改革前');
    const toStdout = await wujian(ROOT, 'suggest', fixture('suggest', 'bundle', 'before.yaml'), '-o', '-');
    expect(toStdout.code).toBe(Exit.USAGE);
    expect(toStdout.stderr).toContain('-o 需要一个文件名');
  });

  it('sends a procedure’s draft to standard output with -o -, and nothing else', async () => {
    const { code, stdout } = await wujian(ROOT, 'suggest', fixture('suggest', 'limit.yaml'), '-o', '-');
    expect(code).toBe(Exit.OK);
    expect(stdout).toMatch(/^# suggest: a committed limit/);
    expect(stdout).toContain('label: 改革后（草案）');
  });

  it('counts 环节 as compare does with --step-counting, so the draft compares to the same figures', async () => {
    const out = join(DIR, 'enterprise-draft.yaml');
    const before = 'processes/enterprise-establishment/before.yaml';
    const suggested = JSON.parse((await wujian(ROOT, 'suggest', before, '--only', 'parallel', '--step-counting', 'per-step', '--format', 'json', '-o', out)).stdout);
    const compared = JSON.parse((await wujian(ROOT, 'compare', before, out, '--step-counting', 'per-step', '--format', 'json')).stdout);
    expect(compared.measures).toEqual(suggested.total.measures);
    const steps = (json: { measures: Array<{ key: string; cut: number }> }) => json.measures.find((m) => m.key === 'steps')!.cut;
    const staged = JSON.parse((await wujian(ROOT, 'suggest', before, '--only', 'parallel', '--format', 'json')).stdout);
    expect([steps(suggested.total), steps(staged.total)]).toEqual([0, 3]);
  });

  it('chooses rules with --only and --skip, comma-separated or repeated', async () => {
    const only = JSON.parse((await wujian(ROOT, 'suggest', FOOD, '--format', 'json', '--only', 'share,online')).stdout);
    expect(new Set(only.suggestions.map((s: { rule: string }) => s.rule))).toEqual(new Set(['share', 'online']));
    const skip = JSON.parse((await wujian(ROOT, 'suggest', FOOD, '--format', 'json', '--skip', 'share', '--skip', 'online')).stdout);
    expect(skip.suggestions.some((s: { rule: string }) => s.rule === 'share' || s.rule === 'online')).toBe(false);
    expect(skip.rules.map((r: { key: string }) => r.key)).not.toContain('share');
  });

  it('refuses an unknown rule with the rules it knows and the nearest one', async () => {
    const { code, stderr } = await wujian(ROOT, 'suggest', FOOD, '--only', 'shrae');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('--only 不认识规则 "shrae"（是否想写 "share"？）');
  });

  it('says why rules did not apply with --explain, in English with --lang en', async () => {
    const zh = await wujian(ROOT, 'suggest', FOOD, '--explain');
    expect(zh.stdout).toContain('未适用的规则及原因');
    expect(zh.stdout).toContain('承诺时限 15 个工作日已短于最慢路径计入时限的用时 20 个工作日');
    const en = await wujian(ROOT, 'suggest', FOOD, '--explain', '--lang', 'en');
    expect(en.stdout).toContain('Rules that did not apply, and why');
    expect(en.stdout).toContain('Effect: Materials cut from 9 documents to 8 documents (−11.11%)');
  });

  it('gives a file with errors its located diagnostics and no suggestions', async () => {
    const { code, stdout, stderr } = await wujian(ROOT, 'suggest', fixture('diagnostics', 'unknown-target.yaml'), '-o', join(DIR, 'never.yaml'));
    expect(code).toBe(Exit.INVALID);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown-target\.yaml:\d+:\d+: 错误 \[unknown-target\]/);
    expect(existsSync(join(DIR, 'never.yaml'))).toBe(false);
  });

  it('writes Markdown for a report', async () => {
    const { stdout } = await wujian(ROOT, 'suggest', NEWBORN, '--format', 'md', '--explain');
    expect(stdout).toContain('## 新生儿出生“一件事”：改革建议');
    expect(stdout).toContain('| 序号 | 改革措施 | 事项 | 建议 | 依据 | 效果 |');
    expect(stdout).toContain('### 未适用的规则及原因');
  });
});

describe('wujian suggest <folder>', { timeout: 120_000 }, () => {
  it('ranks opportunities across processes/ in JSON that conforms to schemas/catalogue.schema.json', async () => {
    const { code, stdout } = await wujian(ROOT, 'suggest', 'processes', '--format', 'json');
    expect(code).toBe(Exit.OK);
    const json = JSON.parse(stdout);
    expect(validateCatalogue(json), JSON.stringify(validateCatalogue.errors?.slice(0, 3))).toBe(true);
    expect(json.documents.length).toBeGreaterThan(0);
    const counts = json.documents.map((d: { count: number }) => d.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('states what sharing a document cuts as the sum of each item’s own compare figure', async () => {
    const json = JSON.parse((await wujian(ROOT, 'suggest', 'processes', '--format', 'json', '--only', 'share')).stdout);
    const [first] = json.documents;
    let cut = 0;
    for (const item of first.items) {
      const one = JSON.parse((await wujian(ROOT, 'suggest', item.file, '--format', 'json', '--only', 'share')).stdout);
      const shared = one.suggestions.find((s: { action: { zh: string } }) => first.names.some((n: string) => s.action.zh.includes(`“${n}”`)));
      cut += shared.effect.measures.find((m: { key: string }) => m.key === 'materials').cut;
    }
    expect(first.materialsCut).toBe(cut);
    expect(first.text.zh).toBe(`${first.count} 个事项要求提交；数据共享后全县减少 ${cut} 份材料`);
  });

  it('suggests for a catalogue wujian import wrote, and each item’s draft reads back through compare', async () => {
    const dir = createTempDir();
    writeFileSync(join(dir, 'lizhou.xlsx'), await buildLizhou());
    expect((await wujian(dir, 'import', 'lizhou.xlsx', '-o', 'imported')).code).toBe(Exit.OK);
    const { code, stdout } = await wujian(dir, 'suggest', 'imported', '--format', 'json');
    expect(code).toBe(Exit.OK);
    const json = JSON.parse(stdout);
    expect(validateCatalogue(json), JSON.stringify(validateCatalogue.errors?.slice(0, 3))).toBe(true);
    expect(json.totals.items).toBe(LIZHOU.length);
    const item = json.items.find((i: { suggestions: number }) => i.suggestions > 0);
    const suggested = JSON.parse((await wujian(dir, 'suggest', item.file, '--format', 'json', '-o', 'draft.yaml')).stdout);
    const compared = await wujian(dir, 'compare', item.file, 'draft.yaml', '--format', 'json');
    expect(compared.code).toBe(Exit.OK);
    expect(JSON.parse(compared.stdout).measures).toEqual(suggested.total.measures);
  });

  it('prints the rankings as a table and as Markdown', async () => {
    const table = await wujian(ROOT, 'suggest', fixture('suggest'));
    expect(table.code).toBe(Exit.OK);
    expect(table.stdout).toContain('改革机会（全部事项）');
    expect(table.stdout).toContain('被最多事项要求提交的政府部门材料');
    const md = await wujian(ROOT, 'suggest', fixture('suggest'), '--format', 'md', '--top', '3');
    expect(md.stdout).toContain('# 改革机会（全部事项）');
    expect(md.stdout).toContain('## 跑动最多的事项');
  });
});
