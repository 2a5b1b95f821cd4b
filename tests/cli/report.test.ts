import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_SCRIPT_ID } from '../../src/report/html.js';
import { wujian } from '../support/cli.js';
import { createTempDir, ROOT } from '../support/files.js';

const BEFORE = 'processes/food-business-licence/before.yaml';
const AFTER = 'processes/food-business-licence/after.yaml';

/** The cases inlined in a report file. */
function casesIn(file: string): { cases: Array<{ id: string; comparison: { measures: unknown[] }; simulations?: unknown; graphs: { before: unknown[] } }> } {
  const html = readFileSync(file, 'utf8');
  const json = new RegExp(`<script id="${DATA_SCRIPT_ID}" type="application/json">([\\s\\S]*?)</script>`).exec(html)![1]!;
  return JSON.parse(json);
}

describe('wujian report', { timeout: 60_000 }, () => {
  const dir = createTempDir();

  it('writes one HTML file with the comparison, the simulations and the graphs inline, and says how big it is', async () => {
    const out = join(dir, '食品经营许可.html');
    const { code, stderr } = await wujian(ROOT, 'report', BEFORE, AFTER, '-o', out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/已写入 .*食品经营许可\.html（\d+\.\d (KB|MB)，/);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=["'](?!data:)/);
    // The template's glyphs for the app's words, and those the data needs besides.
    expect(html).toContain("<style id=\"wujian-font-base\">@font-face{font-family:'Noto Sans SC'");
    expect(html).toContain("<style id=\"wujian-font\">@font-face{font-family:'Noto Sans SC'");
    const { cases } = casesIn(out);
    expect(cases.map((c) => c.id)).toEqual(['food-business-licence']);
    expect(cases[0]!.comparison.measures.length).toBeGreaterThan(5);
    expect(cases[0]!.simulations).toBeDefined();
    expect(cases[0]!.graphs.before).toHaveLength(1);
  });

  it('takes a folder holding before.yaml and after.yaml, a bundle too, and writes the same data twice the same', async () => {
    const first = join(dir, 'a.html');
    const second = join(dir, 'b.html');
    expect((await wujian(ROOT, 'report', 'processes/open-restaurant', '-o', first)).code).toBe(0);
    expect((await wujian(ROOT, 'report', 'processes/open-restaurant', '-o', second)).code).toBe(0);
    const { cases } = casesIn(first);
    expect(cases[0]!.id).toBe('open-restaurant');
    expect(cases[0]!.graphs.before).toHaveLength(5);
    expect(readFileSync(first, 'utf8')).toBe(readFileSync(second, 'utf8'));
  });

  it('names files as the commands show them, so a report handed on does not reveal the author\'s folders', async () => {
    const out = join(dir, 'paths.html');
    expect((await wujian(ROOT, 'report', 'processes/open-restaurant', '-o', out)).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain(ROOT);
    const comparison = casesIn(out).cases[0]!.comparison as unknown as { before: { file: string; items: Array<{ file: string }> } };
    expect(comparison.before.file).toBe('processes/open-restaurant/before.yaml');
    expect(comparison.before.items[0]!.file).toBe('processes/enterprise-establishment/before.yaml');
  });

  it('marks the targets of a targets.yaml beside the after file, and reports its errors with their place', async () => {
    const folder = join(dir, 'with-targets');
    mkdirSync(folder);
    for (const side of ['before', 'after']) writeFileSync(join(folder, `${side}.yaml`), readFileSync(join(ROOT, `processes/food-business-licence/${side}.yaml`), 'utf8'));
    writeFileSync(join(folder, 'targets.yaml'), 'targets:\n  - 材料压减 >= 30%\n  - 跑动 <= 0\n');
    const out = join(dir, 'targets.html');
    expect((await wujian(dir, 'report', 'with-targets', '-o', out)).code).toBe(0);
    const targets = (casesIn(out).cases[0]!.comparison as unknown as { targets: Array<{ measure: string; met: boolean }> }).targets;
    expect(targets.map((t) => [t.measure, t.met])).toEqual([['materials', true], ['trips', true]]);
    writeFileSync(join(folder, 'targets.yaml'), 'targets:\n  - 材料压减 >= 三成\n');
    const bad = await wujian(dir, 'report', 'with-targets', '-o', join(dir, 'bad-targets.html'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/with-targets\/targets\.yaml:2:\d+: 错误/);
  });

  it('prints located errors for an invalid file and writes nothing', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(join(ROOT, AFTER), 'utf8').replace('initial: ', 'initial: nowhere #'));
    const out = join(dir, 'bad.html');
    const { code, stderr } = await wujian(ROOT, 'report', BEFORE, bad, '-o', out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.yaml:\d+:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('says each problem once when one invalid file stands on both sides', async () => {
    const bad = join(dir, 'half.yaml');
    writeFileSync(bad, 'id: x\nname: y\n');
    const { code, stderr } = await wujian(dir, 'report', 'half.yaml', 'half.yaml', '-o', 'half.html');
    expect(code).toBe(1);
    expect(stderr.match(/half\.yaml:1:1: 错误 \[schema-required\]/g)).toHaveLength(3);
  });

  it('says so when the output cannot be written, leaving no partial file', async () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const { code, stderr } = await wujian(ROOT, 'report', BEFORE, AFTER, '-o', join(blocker, 'r.html'), '--lang', 'en');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: cannot write .*r\.html \(E[A-Z]+\)/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never replaces a file it read, the targets.yaml beside the pair included', async () => {
    const folder = join(dir, 'inputs');
    mkdirSync(folder);
    for (const side of ['before', 'after']) writeFileSync(join(folder, `${side}.yaml`), readFileSync(join(ROOT, `processes/food-business-licence/${side}.yaml`), 'utf8'));
    writeFileSync(join(folder, 'targets.yaml'), 'targets:\n  - 跑动 <= 1\n');
    const kept = readdirSync(folder).map((f) => readFileSync(join(folder, f), 'utf8'));
    for (const out of ['inputs/after.yaml', 'inputs/targets.yaml']) {
      const { code, stderr } = await wujian(dir, 'report', 'inputs', '-o', out, '--lang', 'en');
      expect(code, out).toBe(2);
      expect(stderr, out).toContain(`error: -o "${out}" is a file this command reads; writing would replace it`);
    }
    expect(readdirSync(folder).map((f) => readFileSync(join(folder, f), 'utf8'))).toEqual(kept);
  });

  it('refuses a wrong command line with a pointer to the help', async () => {
    for (const argv of [[], [BEFORE, AFTER, AFTER], ['processes'], ['--nope', BEFORE, AFTER]]) {
      const { code, stderr } = await wujian(ROOT, 'report', ...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain('wujian report --help');
    }
    const help = await wujian(ROOT, 'report', '--help', '--lang', 'en');
    expect(help.stdout).toMatch(/^Usage: wujian report <before file> <after file>/);
    expect(help.stdout).toContain('Examples:');
  });
});

describe('wujian view', () => {
  const dir = createTempDir();

  it('refuses a port out of range and a second folder', async () => {
    expect((await wujian(ROOT, 'view', '--port', '70000')).stderr).toContain('--port');
    expect((await wujian(ROOT, 'view', '--port', 'x')).code).toBe(2);
    // An empty value or 1e3 is not a port; Number() would read them as 0 and 1000.
    expect((await wujian(ROOT, 'view', '--port', '')).code).toBe(2);
    expect((await wujian(ROOT, 'view', '--port', '1e3')).code).toBe(2);
    expect((await wujian(ROOT, 'view', 'processes', 'tests')).code).toBe(2);
  });

  it('names a folder that does not exist', async () => {
    const { code, stderr } = await wujian(dir, 'view', 'missing', '--lang', 'en');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: folder missing not found/);
  });

  it('names the broken file, and does not say there is no pair, when a pair has a file with an error', async () => {
    const folder = join(dir, 'broken');
    mkdirSync(folder);
    writeFileSync(join(folder, 'before.yaml'), readFileSync(join(ROOT, 'processes/food-business-licence/before.yaml'), 'utf8'));
    writeFileSync(join(folder, 'after.yaml'), readFileSync(join(ROOT, 'processes/food-business-licence/after.yaml'), 'utf8').replace(/^id: (.*)$/m, 'id: $1\nfoo: ['));
    const { code, stderr } = await wujian(dir, 'view', 'broken', '--port', '0');
    expect(code).toBe(1);
    expect(stderr).toContain('after.yaml:');
    expect(stderr).toContain('yaml-syntax');
    expect(stderr).not.toContain('没有找到改革前后成对的文件');
  });

  it('says how to lay out a folder that holds no before/after pair', async () => {
    mkdirSync(join(dir, 'empty'));
    const { code, stderr } = await wujian(dir, 'view', 'empty', '--port', '0');
    expect(code).toBe(1);
    expect(stderr).toContain('before.yaml');
  });
});
