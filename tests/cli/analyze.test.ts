/** `wujian analyze` on the bundled procedures: table, Markdown, JSON that conforms to its schema, dates, listings. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileOutputSchema } from '../support/schemas.js';
import { describe, expect, it } from 'vitest';
import { Exit } from '../../src/cli/io.js';
import analysisSchema from '../../schemas/analysis.schema.json' with { type: 'json' };
import { wujian } from '../support/cli.js';
import { createTempDir, fixture, ROOT } from '../support/files.js';

const validateAnalysis = compileOutputSchema(analysisSchema);

describe('wujian analyze', () => {
  it('prints the measures of every bundled procedure as JSON that conforms to schemas/analysis.schema.json', async () => {
    const { code, stdout } = await wujian(ROOT, 'analyze', 'processes', '--format', 'json', '--start-date', '2024-09-27');
    expect(code).toBe(Exit.OK);
    const json = JSON.parse(stdout);
    expect(validateAnalysis(json), JSON.stringify(validateAnalysis.errors?.slice(0, 3))).toBe(true);
    const procedureFiles = readdirSync(join(ROOT, 'processes'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml') && !readFileSync(join(ROOT, 'processes', f), 'utf8').includes('schemas/bundle.schema.json'));
    expect(json.procedures).toHaveLength(procedureFiles.length);
    const food = json.procedures.filter((p: { id: string }) => p.id === 'food-business-licence');
    expect(food.map((p: { version: { label: string } }) => p.version.label)).toEqual(['改革前', '改革后']);
    expect(food[0].time.standard.finish.date).toMatch(/^2024-1\d-\d\d$/);
  });

  it('analyses a bundle: items, materials summed per item, time along the critical path of its order', async () => {
    const { code, stdout } = await wujian(ROOT, 'analyze', 'processes/newborn-birth/before.yaml', '--format', 'json');
    expect(code).toBe(Exit.OK);
    const json = JSON.parse(stdout);
    expect(validateAnalysis(json)).toBe(true);
    expect(json.bundles[0]).toMatchObject({ id: 'newborn-birth', submission: 'separate', materials: 9, steps: 16, trips: 4, time: { committed: 32, standard: 32 } });
    expect(json.bundles[0].criticalPath).toHaveLength(5);
    const table = await wujian(ROOT, 'analyze', 'processes/open-restaurant/after.yaml');
    expect(table.stdout).toContain('一次提交（声明为同一份的材料只计一次）');
  });

  it('prints a Chinese table by default, each item before its reformed version', async () => {
    const { code, stdout } = await wujian(ROOT, 'analyze', 'processes/food-business-licence');
    expect(code).toBe(Exit.OK);
    expect(stdout.indexOf('[改革前]')).toBeLessThan(stdout.indexOf('[改革后]'));
    for (const label of ['材料数', '环节数', '办结时限', '费用（元）', '跑动次数', '即办', '标准路径']) expect(stdout).toContain(label);
  });

  it('prints English labels with --lang en', async () => {
    const { stdout } = await wujian(ROOT, 'analyze', 'processes/food-business-licence', '--lang', 'en');
    expect(stdout).toContain('Materials');
    expect(stdout).toContain('Standard path');
    expect(stdout).not.toContain('材料数');
  });

  it('writes Markdown for a report to --out, with a summary table row per procedure', async () => {
    const out = join(createTempDir(), '报告.md');
    const { code, stderr } = await wujian(ROOT, 'analyze', 'processes/food-business-licence', '--format', 'md', '--out', out);
    expect(code).toBe(Exit.OK);
    expect(stderr).toContain('已写入');
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('## 五减指标汇总');
    expect(md.match(/^\| 食品经营许可（新办） \|/gm)).toHaveLength(2);
  });

  it('shows user text as text in Markdown: no HTML passes through', async () => {
    const { stdout } = await wujian(ROOT, 'analyze', fixture('engine', 'html-name.yaml'), '--format', 'md');
    expect(stdout).not.toContain('<script>');
    expect(stdout).toContain('&lt;script&gt;');
  });

  it('refuses a start date outside the years whose holidays it can compute, as a usage error', async () => {
    const { code, stderr } = await wujian(ROOT, 'analyze', 'processes', '--start-date', '2100-01-04');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('--start-date 2100-01-04 应在 1901 至 2099 年之间');
  });

  it('refuses a start date that is not a real date', async () => {
    const { code, stderr } = await wujian(ROOT, 'analyze', 'processes', '--start-date', '2024-02-30', '--lang', 'en');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('--start-date "2024-02-30" is no real date: February 2024 has no day 30');
  });

  it.each(['0', '1.5', '1e3', '0x10', ''])('refuses --limit "%s": a limit is written in digits, 1 or more', async (limit) => {
    const { code, stderr } = await wujian(ROOT, 'analyze', 'processes', '--limit', limit);
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain(`--limit 应为正整数（实际为 "${limit}"）`);
  });

  it('lists paths on request, and above --limit says how many there are instead', async () => {
    const listed = await wujian(ROOT, 'analyze', 'processes/food-business-licence/before.yaml', '--list-paths');
    expect(listed.stdout).toMatch(/全部路径（\d+ 条）\n {2}1\. /);
    const refused = await wujian(ROOT, 'analyze', 'processes/construction-permit/before.yaml', '--list-paths', '--limit', '3');
    expect(refused.code).toBe(Exit.OK);
    expect(refused.stdout).toMatch(/共 \d+ 条，超过上限 3 条，未逐条列出/);
  });

  it('exits 1 and reports the broken file, still analysing the valid ones', async () => {
    const { code, stdout, stderr } = await wujian(ROOT, 'analyze', 'processes/food-business-licence/before.yaml', fixture('diagnostics', 'unknown-target.yaml'));
    expect(code).toBe(Exit.INVALID);
    expect(stderr).toContain('[unknown-target]');
    expect(stdout).toContain('食品经营许可（新办） [改革前]');
  });

  it('leaves no file behind when the output cannot be written', async () => {
    const dir = createTempDir();
    const out = join(dir, 'report.json', 'inside-a-file.json');
    await wujian(ROOT, 'analyze', 'processes/food-business-licence/before.yaml', '--out', join(dir, 'report.json'));
    const { code } = await wujian(ROOT, 'analyze', 'processes/food-business-licence/before.yaml', '--out', out);
    expect(code).toBe(Exit.INVALID);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('counts a limit in calendar days on the calendar --calendar names, from the version date when no start date is given', async () => {
    const calendar = join(createTempDir(), 'county.yaml');
    writeFileSync(calendar, 'years:\n  2024:\n    holidays: [{ date: 2024-10-08, name: 县庆 }]\n');
    const file = fixture('counting', 'calendar-limit.yaml');
    expect((await wujian(ROOT, 'analyze', file)).stdout).toContain('法定 30 个自然日（自 2024-09-27 起算合 17 个工作日）');
    const county = await wujian(ROOT, 'analyze', file, '--calendar', calendar);
    expect(county.code).toBe(Exit.OK);
    expect(county.stdout).toContain('法定 30 个自然日（自 2024-09-27 起算合 16 个工作日）');
  });
});
