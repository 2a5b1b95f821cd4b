/** `wujian compare`: the table, Markdown and JSON of real cases, targets and exit codes, files written whole. */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileOutputSchema } from '../support/schemas.js';
import { describe, expect, it } from 'vitest';
import { Exit } from '../../src/cli/io.js';
import comparisonSchema from '../../schemas/comparison.schema.json' with { type: 'json' };
import { wujian } from '../support/cli.js';
import { createTempDir, fixture, ROOT } from '../support/files.js';

const validateComparison = compileOutputSchema(comparisonSchema);
const NEWBORN = ['processes/newborn-birth/before.yaml', 'processes/newborn-birth/after.yaml'];
const RESTAURANT = ['processes/open-restaurant/before.yaml', 'processes/open-restaurant/after.yaml'];

describe('wujian compare', () => {
  it('prints the published 新生儿出生一件事 cuts in a Chinese table', async () => {
    const { code, stdout } = await wujian(ROOT, 'compare', ...NEWBORN);
    expect(code).toBe(Exit.OK);
    expect(stdout).toContain('材料由9份压减至2份，压减77.78%');
    expect(stdout).toContain('环节由16个压减至3个，压减81.25%');
    expect(stdout).toContain('承诺时限由32个工作日压减至5个工作日，压减84.38%');
    expect(stdout).toContain('跑动次数由4次压减至1次，压减75.00%');
    expect(stdout).toContain('每件负担 = 跑动次数 × 每次跑动成本');
  });

  it('writes JSON that conforms to schemas/comparison.schema.json, with timeline and materials per side', async () => {
    for (const pair of [NEWBORN, RESTAURANT, ['processes/food-business-licence/before.yaml', 'processes/food-business-licence/after.yaml']]) {
      const { code, stdout } = await wujian(ROOT, 'compare', ...pair, '--format', 'json', '--target', '材料压减>=30%');
      expect(code).toBe(Exit.OK);
      const json = JSON.parse(stdout);
      expect(validateComparison(json), JSON.stringify(validateComparison.errors?.slice(0, 3))).toBe(true);
      expect(json.before.timeline.length).toBeGreaterThan(0);
      expect(json.after.materials.length).toBeGreaterThan(0);
    }
  });

  it('exits 3 (未达标) when a target is missed, and says which', async () => {
    const { code, stdout, stderr } = await wujian(ROOT, 'compare', ...RESTAURANT, '--target', '承诺时限不超过5');
    expect(code).toBe(Exit.TARGET_MISSED);
    expect(stdout).toContain('✗ 承诺时限 改革后 ≤ 5');
    expect(stdout).toContain('未达标');
    expect(stderr).toContain('未达标');
  });

  it('checks targets written as a targets document words them, and names each as a rule with its figure', async () => {
    const { code, stdout } = await wujian(ROOT, 'compare', ...NEWBORN, '--target', '材料压减30%以上', '--target', '承诺时限压缩至5个工作日以内', '--target', '跑动次数降至0次');
    expect(code).toBe(Exit.TARGET_MISSED);
    expect(stdout).toContain('✓ 材料 压减率 ≥ 30%');
    expect(stdout).toContain('✓ 承诺时限 改革后 ≤ 5个工作日');
    expect(stdout).toContain('✗ 跑动次数 改革后 ≤ 0次');
  });

  it('reads targets from a file, and locates a target it cannot read', async () => {
    const ok = await wujian(ROOT, 'compare', ...NEWBORN, '--targets', fixture('compare', 'targets.yaml'));
    expect(ok.code).toBe(Exit.OK);
    expect(ok.stdout.match(/达标/g)?.length).toBe(3);
    const bad = await wujian(ROOT, 'compare', ...NEWBORN, '--targets', fixture('compare', 'targets-bad.yaml'));
    expect(bad.code).toBe(Exit.INVALID);
    expect(bad.stderr).toMatch(/targets-bad\.yaml:3:5: 错误 \[target-invalid\] 看不懂目标 "速度压减 >= 30%"：不认识这个指标/);
    const schema = await wujian(ROOT, 'compare', ...NEWBORN, '--targets', fixture('compare', 'targets-schema.yaml'));
    expect(schema.code).toBe(Exit.INVALID);
    expect(schema.stderr).toContain('targets-schema.yaml:1:10');
  });

  it('writes Markdown for a report atomically with -o, escaping user text', async () => {
    const dir = createTempDir();
    const out = join(dir, '对比.md');
    const { code } = await wujian(ROOT, 'compare', ...NEWBORN, '--format', 'md', '-o', out);
    expect(code).toBe(Exit.OK);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('## 新生儿出生“一件事”改革前后对比');
    expect(md).toContain('| 材料 | 9份 | 2份 | 7 | 压减77.78% |');
    expect(md).toContain('### 减量清单');
    expect(md).toContain('计算公式');
    expect(existsSync(`${out}.${process.pid}.tmp`)).toBe(false);
  });

  it('prints English with --lang en and takes money settings from flags', async () => {
    const { stdout } = await wujian(ROOT, 'compare', ...NEWBORN, '--lang', 'en', '--hourly-cost', '100', '--trip-cost', '0', '--volume', '10');
    expect(stdout).toContain('Materials cut from 9 documents to 2 documents (−77.78%)');
    expect(stdout).toContain('hourly cost 100 yuan; cost per trip 0 yuan');
  });

  it('compares every before/after pair of a folder with --all', async () => {
    const { code, stdout } = await wujian(ROOT, 'compare', '--all', 'processes', '--format', 'json');
    expect(code).toBe(Exit.OK);
    const list = JSON.parse(stdout) as Array<{ before: { id: string; kind: string }; after: { kind: string } }>;
    expect(list.map((c) => c.before.id)).toContain('newborn-birth');
    expect(list.find((c) => c.before.id === 'open-restaurant')?.after.kind).toBe('bundle');
    for (const c of list) expect(validateComparison(c)).toBe(true);
  });

  it('refuses to pick between a stale copy "before - 副本.yaml" and before.yaml: a located error, the other pairs still compared, exit 1', async () => {
    const dir = createTempDir();
    for (const id of ['food-business-licence', 'outdoor-signboard']) {
      mkdirSync(join(dir, id));
      for (const side of ['before', 'after']) copyFileSync(join(ROOT, 'processes', id, `${side}.yaml`), join(dir, id, `${side}.yaml`));
    }
    copyFileSync(join(ROOT, 'processes/food-business-licence/before.yaml'), join(dir, 'food-business-licence', 'before - 副本.yaml'));
    const { code, stdout, stderr } = await wujian(dir, 'compare', '--all', '.', '--format', 'json');
    expect(code).toBe(Exit.INVALID);
    expect(stderr).toMatch(/^food-business-licence\/before - 副本\.yaml:\d+:\d+: 错误 \[pair-ambiguous\] 事项 "food-business-licence" 有 2 个“改革前”版本/m);
    expect(stderr).toMatch(/^food-business-licence\/before\.yaml:\d+:\d+: 错误 \[pair-ambiguous\]/m);
    expect(JSON.parse(stdout).map((c: { after: { id: string } }) => c.after.id)).toEqual(['outdoor-signboard']);
  });

  it('says plainly when a figure went up', async () => {
    const { stdout } = await wujian(ROOT, 'compare', 'processes/food-business-licence/after.yaml', 'processes/food-business-licence/before.yaml');
    expect(stdout).toMatch(/材料由\d+份增加至\d+份，增加[\d.]+%/);
    expect(stdout).toMatch(/材料 .*增加[\d.]+%/);
  });

  it('refuses a wrong command line with exit 2', async () => {
    expect((await wujian(ROOT, 'compare', NEWBORN[0]!)).code).toBe(Exit.USAGE);
    expect((await wujian(ROOT, 'compare', ...NEWBORN, '--target', '速度>=3')).code).toBe(Exit.USAGE);
    expect((await wujian(ROOT, 'compare', ...NEWBORN, '--map', 'nonsense')).code).toBe(Exit.USAGE);
    expect((await wujian(ROOT, 'compare', ...NEWBORN, '--hourly-cost', '-1')).code).toBe(Exit.USAGE);
    const folder = await wujian(ROOT, 'compare', 'processes/newborn-birth', NEWBORN[1]!);
    expect(folder.code).toBe(Exit.USAGE);
    expect(folder.stderr).toContain('--all');
  });

  it('reports a bundle item that cannot be found at its line in the bundle file', async () => {
    const dir = createTempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'b.yaml'), 'id: x\nname: 一件事\nversion: { label: 改革前 }\nitems:\n  - path: gone.yaml\n');
    const { code, stderr } = await wujian(dir, 'compare', 'b.yaml', join(ROOT, NEWBORN[1]!));
    expect(code).toBe(Exit.INVALID);
    expect(stderr).toContain('b.yaml:5:11');
  });

  it('applies a rename map from a file', async () => {
    const pair = ['processes/enterprise-establishment/before.yaml', 'processes/enterprise-establishment/after.yaml'];
    const plain = await wujian(ROOT, 'compare', ...pair, '--format', 'json');
    const renamed = await wujian(ROOT, 'compare', ...pair, '--format', 'json', '--map-file', fixture('compare', 'renames.yaml'));
    const has = (out: string) => JSON.parse(out).ledger.some((e: { id: string }) => e.id === 'name_form');
    expect(has(plain.stdout)).toBe(true);
    expect(JSON.parse(renamed.stdout).ledger.find((e: { id: string }) => e.id === 'name_form')).toMatchObject({ change: 'removed', reason: 'not-needed' });
  });
});
