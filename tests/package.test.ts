/**
 * The package as npm packs it: what the tarball holds (what runs, nothing to develop with) and that its
 * CLI runs from the tarball with only the runtime dependencies, as `npm install <tarball>` leaves it.
 * `npm pack` builds first (prepack: tsc to dist/, the web builds when their stamps say so).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildXihu } from './fixtures/import/workbooks.js';
import { wujian } from './support/cli.js';
import { createTempDir, ROOT } from './support/files.js';
import { openOffice, paragraphs, xmlParts } from './support/office.js';

/** npm: the one running these tests when there is one, else the one on the PATH. */
function npm(args: string[], cwd: string) {
  const viaNode = process.env.npm_execpath?.endsWith('.js');
  const [command, prefix] = viaNode ? [process.execPath, [process.env.npm_execpath!]] : ['npm', []];
  return spawnSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
}

describe('the packed package', { timeout: 300_000 }, () => {
  const dir = createTempDir();
  let files: string[] = [];
  let cli: (...args: string[]) => { status: number | null; stdout: string; stderr: string };

  beforeAll(() => {
    const packed = npm(['pack', '--json', '--pack-destination', dir], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
    files = info!.files.map((f) => f.path);
    // Unpacked beside a node_modules holding only the runtime dependencies (the repository's copies).
    const untar = spawnSync('tar', ['-xzf', join(dir, info!.filename), '-C', dir]);
    expect(untar.status).toBe(0);
    mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(dependencies)) {
      const link = join(dir, 'node_modules', name);
      // A scoped package (@resvg/resvg-js) sits in its scope's folder.
      mkdirSync(dirname(link), { recursive: true });
      if (!existsSync(link)) symlinkSync(realpathSync(join(ROOT, 'node_modules', name)), link, 'dir');
    }
    cli = (...args) => {
      const run = spawnSync(process.execPath, [join(dir, 'package', 'bin', 'wujian.js'), ...args], { cwd: dir, encoding: 'utf8' });
      return { status: run.status, stdout: run.stdout, stderr: run.stderr };
    };
    // npm pack builds first (tsc, the precompiled validators, the web builds when stale): slow on a busy machine.
  }, 300_000);

  it('holds the compiled CLI, the schemas, the example procedures and both web builds', () => {
    for (const file of ['bin/wujian.js', 'dist/cli/bin.js', 'dist/cli/main.js', 'dist/catalogue/worker.js', 'dist/report/diagram/layout-worker.js', 'dist/model/validators.cjs', 'dist/report/office/charts.js', 'schemas/procedure.schema.json', 'web/dist/index.html', 'web/dist/build-stamp.json', 'web/dist-report/index.html', 'README.md', 'README.en.md', 'package.json']) {
      expect(files, file).toContain(file);
    }
    expect(files.some((f) => f.startsWith('processes/') && f.endsWith('.yaml'))).toBe(true);
    expect(files.some((f) => /^web\/dist\/assets\/.*\.woff2$/.test(f))).toBe(true);
  });

  it('holds no sources, tests, benchmarks, screenshots or woff fonts', () => {
    const stray = files.filter((f) => /^(src|tests|bench|scripts|web\/src|web\/screenshots|web\/public|node_modules)\//.test(f) || /\.(ts|woff|png)$/.test(f) || f.startsWith('web/dist/data/'));
    expect(stray).toEqual([]);
  });

  it('runs from the tarball with only its runtime dependencies: validate, analyze, simulate, compare, report', () => {
    const example = (file: string) => join(dir, 'package', 'processes', 'food-business-licence', file);
    expect(cli('--version').stdout).toMatch(/^wujian \d+\.\d+\.\d+/);
    const validate = cli('validate', example('before.yaml'), example('after.yaml'));
    expect(validate.status, validate.stderr).toBe(0);
    expect(cli('analyze', example('before.yaml'), '--format', 'json').status).toBe(0);
    expect(cli('simulate', example('before.yaml'), '--runs', '2000').status).toBe(0);
    expect(cli('compare', example('before.yaml'), example('after.yaml')).status).toBe(0);
    const report = cli('report', example('before.yaml'), example('after.yaml'), '-o', join(dir, 'report.html'), '--lang', 'en');
    expect(report.status, report.stderr).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<script id="wujian-data" type="application/json">');
    expect(html.length).toBeGreaterThan(50_000);
  });

  it('validates and analyses 200 files and more in worker threads from the tarball, the bundles beside them resolved', () => {
    const catalogue = join(dir, 'catalogue');
    mkdirSync(catalogue);
    const item = readFileSync(join(dir, 'package', 'processes', 'food-business-licence', 'before.yaml'), 'utf8');
    for (let i = 0; i < 200; i++) writeFileSync(join(catalogue, `item-${String(i).padStart(3, '0')}.yaml`), item);
    const processes = join(dir, 'package', 'processes');
    const validate = cli('validate', catalogue, processes);
    expect(validate.status, validate.stderr).toBe(0);
    expect(validate.stdout).toContain('item-199.yaml');
    const analyze = cli('analyze', catalogue, processes, '--format', 'json', '-o', join(dir, 'catalogue.json'));
    expect(analyze.status, analyze.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'catalogue.json'), 'utf8')) as { procedures: unknown[]; bundles: Array<{ id: string }> };
    expect(json.procedures.length).toBeGreaterThan(200);
    expect(json.bundles.map((b) => b.id)).toContain('open-restaurant');
  });

  it('writes Word, slides and a workbook from compare on a bundled pair, the charts drawn by the bundled renderer', async () => {
    const example = (file: string) => join(dir, 'package', 'processes', 'food-business-licence', file);
    const summary = (JSON.parse(cli('compare', example('before.yaml'), example('after.yaml'), '--format', 'json').stdout) as { summary: { zh: string } }).summary.zh;
    // What each file must hold (a path, or the start of several): the main part, its pictures, native charts, sheets.
    const parts = {
      docx: ['[Content_Types].xml', 'word/document.xml', 'word/fontTable.xml', 'word/media/'],
      pptx: ['[Content_Types].xml', 'ppt/presentation.xml', 'ppt/slides/slide1.xml', 'ppt/charts/chart', 'ppt/media/'],
      xlsx: ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet5.xml'],
    };
    for (const [extension, wanted] of Object.entries(parts)) {
      const file = join(dir, `对比.${extension}`);
      const written = cli('compare', example('before.yaml'), example('after.yaml'), '-o', file);
      expect(written.status, written.stderr).toBe(0);
      const paths = Object.keys((await openOffice(file)).files);
      for (const part of wanted) expect(paths.some((p) => p.startsWith(part)), `${extension}: ${part}`).toBe(true);
    }
    const [document] = await xmlParts(await openOffice(join(dir, '对比.docx')), /^word\/document\.xml$/);
    expect(paragraphs(document!.xml).some((p) => p.includes(summary))).toBe(true);
  });

  it('reports every problem of every fixture as the sources do, with its validators precompiled', async () => {
    const files = globSync('tests/fixtures/**/*.yaml', { cwd: ROOT, absolute: true }).sort();
    const packed = cli('validate', ...files, '--format', 'json', '--lang', 'en');
    const sources = await wujian(dir, 'validate', ...files, '--format', 'json', '--lang', 'en');
    expect(packed.stdout).toBe(sources.stdout);
    expect(files.length).toBeGreaterThan(20);
  });

  it('reports the problems of a holiday calendar, the settings, a targets file and an import mapping as the sources do', async () => {
    // Every kind of file has its precompiled validator: each file below breaks its schema.
    writeFileSync(join(dir, '2027.yaml'), 'years:\n  2027:\n    holidays: [2027-13-01, { from: 2027-02-06 }]\n    extra: 1\n');
    // In a folder of its own: in the working folder it would be the settings of every command below.
    mkdirSync(join(dir, 'settings'));
    writeFileSync(join(dir, 'settings', 'wujian.yaml'), 'calendar: 3\nlang: fr\n');
    writeFileSync(join(dir, 'targets.yaml'), 'targets: [{ measure: 材料, op: "<<" }]\n');
    writeFileSync(join(dir, 'mapping.yaml'), 'header: first\nsheets: { 事项: { columns: [1] } }\n');
    writeFileSync(join(dir, 'list.xlsx'), await buildXihu());
    const example = (file: string) => join('package', 'processes', 'food-business-licence', file);
    for (const argv of [
      ['validate', '2027.yaml', join('settings', 'wujian.yaml'), '--format', 'json', '--lang', 'en'],
      ['compare', example('before.yaml'), example('after.yaml'), '--targets', 'targets.yaml', '--lang', 'zh'],
      ['import', 'list.xlsx', '--mapping', 'mapping.yaml', '-o', 'imported', '--lang', 'en'],
    ]) {
      const packed = cli(...argv);
      const sources = await wujian(dir, ...argv);
      expect(packed.status, argv.join(' ')).toBe(sources.code);
      expect(packed.status, argv.join(' ')).not.toBe(0);
      expect({ stdout: packed.stdout, stderr: packed.stderr }, argv.join(' ')).toEqual({ stdout: sources.stdout, stderr: sources.stderr });
    }
  });
});

