/**
 * `wujian --version` and `--help` load the command table and nothing that analyses, draws or
 * subsets fonts: each command's run module is imported only when it runs. Checked on a real process,
 * with a module hook that lists every module Node loads.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempDir, ROOT } from '../support/files.js';
import { buildWorkbook } from '../support/workbook.js';

const TEMP = createTempDir();

/** Runs `wujian argv…` with the module hook: its exit status, standard error and the repository files and packages it loaded. */
function trace(argv: readonly string[]): { status: number | null; stderr: string; modules: string[] } {
  const file = join(TEMP, `${argv.join('_').replace(/\W/g, '')}.txt`);
  const { status, stderr } = spawnSync(process.execPath, ['--import', join(ROOT, 'tests/support/import-trace.mjs'), join(ROOT, 'bin/wujian.js'), ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WUJIAN_IMPORT_TRACE: file },
  });
  const modules = readFileSync(file, 'utf8').split('\n').filter((url) => url.startsWith(`file://${ROOT}`)).map((url) => url.slice(`file://${ROOT}`.length).split('?')[0]!);
  return { status, stderr, modules };
}

/** The repository files and packages `wujian argv…` loads, relative to the root; it must succeed silently. */
function modulesLoadedBy(...argv: string[]): string[] {
  const { status, stderr, modules } = trace(argv);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return modules;
}

/** The same for a command that writes `out`, saying only that it did. */
function modulesLoadedWriting(out: string, ...argv: string[]): string[] {
  const { status, stderr, modules } = trace([...argv, '-o', out]);
  expect(stderr).toBe(`已写入 ${out}\n`);
  expect(status).toBe(0);
  return modules;
}

/**
 * What start-up must not load: analysis, the machine, reports (but for column widths and the filter
 * every printed line passes, terminal-text.ts with the bidi controls of xml-text.ts), the importer, XState, d3, layout, fonts, YAML, schemas, exceljs.
 */
function heavy(modules: readonly string[]): string[] {
  const allowed = new Set(['src/analysis/defaults.ts', 'src/analysis/compare/measures.ts', 'src/report/frame.ts', 'src/report/terminal-text.ts', 'src/report/xml-text.ts']);
  return modules.filter(
    (m) =>
      (/^src\/(analysis|machine|report|import)\//.test(m) && !allowed.has(m)) ||
      /node_modules\/(xstate|d3|elkjs|subset-font|@fontsource|chinese-days|yaml|ajv|vite|cli-progress|exceljs)/.test(m),
  );
}

describe('start-up', () => {
  it('wujian --version loads the command table but no command, analysis, XState, d3 or font', () => {
    const modules = modulesLoadedBy('--version');
    expect(modules).toContain('src/cli/table/index.ts');
    expect(modules.filter((m) => m.startsWith('src/cli/commands/'))).toEqual([]);
    expect(heavy(modules)).toEqual([]);
  });

  it('wujian compare --help loads no more', () => {
    expect(heavy(modulesLoadedBy('compare', '--help'))).toEqual([]);
  });

  it('compare as a table or JSON loads none of the Office libraries; -o 对比.xlsx loads exceljs and no more of them; only Word and slides load the chart renderer', () => {
    const office = (modules: readonly string[]) => modules.filter((m) => /node_modules\/(docx|pptxgenjs|exceljs|@resvg|linkedom|fonteditor-core|d3)\/|src\/report\/office\/|^web\//.test(m));
    const renderer = (modules: readonly string[]) => modules.filter((m) => /node_modules\/(@resvg|linkedom|d3)\/|src\/report\/office\/(renderer|raster)|^web\//.test(m));
    const pair = ['processes/food-business-licence/before.yaml', 'processes/food-business-licence/after.yaml'];
    expect(office(modulesLoadedBy('compare', ...pair))).toEqual([]);
    expect(office(modulesLoadedBy('compare', ...pair, '--format', 'json'))).toEqual([]);
    const xlsx = office(modulesLoadedWriting(join(TEMP, 'x.xlsx'), 'compare', ...pair));
    expect(xlsx.some((m) => m.includes('node_modules/exceljs/'))).toBe(true);
    expect(xlsx.filter((m) => /docx|pptxgenjs/.test(m))).toEqual([]);
    expect(renderer(xlsx)).toEqual([]);
    // A clone may build the app first (its fonts draw the charts), which it says: only the exit status is checked.
    const docx = trace(['compare', ...pair, '-o', join(TEMP, 'x.docx')]);
    expect(docx.status, docx.stderr).toBe(0);
    expect(docx.modules).toContain('web/office/charts.ts');
    expect(docx.modules.some((m) => m.includes('node_modules/@resvg/'))).toBe(true);
  }, 120_000);

  it('the check can fail: running analyze loads the analysis (XState only lists paths for tests)', () => {
    expect(heavy(modulesLoadedBy('analyze', 'processes/food-business-licence/before.yaml'))).toContain('src/analysis/measures.ts');
  });

  it('yaml (its parser with positions) is loaded only for a file that needs it: a bundle, a file with a problem, not a plain procedure', () => {
    const yaml = (modules: readonly string[]) => modules.filter((m) => m.includes('node_modules/yaml/'));
    expect(yaml(modulesLoadedBy('validate', 'processes/food-business-licence/before.yaml'))).toEqual([]);
    expect(yaml(modulesLoadedBy('analyze', 'processes/food-business-licence/before.yaml', 'processes/food-business-licence/after.yaml'))).toEqual([]);
    expect(yaml(modulesLoadedBy('validate', 'processes/open-restaurant/before.yaml')).length).toBeGreaterThan(0);
    const broken = join(TEMP, 'broken.yaml');
    writeFileSync(broken, readFileSync(join(ROOT, 'processes/food-business-licence/before.yaml'), 'utf8').replace(/^name: .*$/m, 'name: [unclosed'));
    const { status, modules } = trace(['validate', broken]);
    expect(status).not.toBe(0);
    expect(yaml(modules).length).toBeGreaterThan(0);
  }, 60_000);

  it('chinese-days (its lunar tables) is loaded only for a date in a year with no official arrangement', () => {
    const lunar = (modules: readonly string[]) => modules.filter((m) => /node_modules\/chinese-days\/dist\/index/.test(m));
    const item = 'processes/food-business-licence/before.yaml';
    expect(lunar(modulesLoadedBy('validate', item))).toEqual([]);
    expect(lunar(modulesLoadedBy('analyze', item, '--start-date', '2026-03-02'))).toEqual([]);
    expect(lunar(modulesLoadedBy('analyze', item, '--start-date', '2031-03-03')).length).toBeGreaterThan(0);
  }, 60_000);

  it('tinyglobby is loaded only to search a folder or match a glob, not for a named file', () => {
    const glob = (modules: readonly string[]) => modules.filter((m) => m.includes('node_modules/tinyglobby/'));
    expect(glob(modulesLoadedBy('validate', 'processes/food-business-licence/before.yaml'))).toEqual([]);
    expect(glob(modulesLoadedBy('validate', 'processes/food-business-licence')).length).toBeGreaterThan(0);
    expect(glob(modulesLoadedBy('validate', 'processes/food-business-licence/*.yaml')).length).toBeGreaterThan(0);
  }, 60_000);

  it('simulate loads XState and the machine only for the reference engine', () => {
    const xstate = (modules: readonly string[]) => modules.filter((m) => /node_modules\/xstate\/|^src\/machine\/compile\.ts$/.test(m));
    const item = 'processes/food-business-licence/before.yaml';
    expect(xstate(modulesLoadedBy('simulate', item, '--runs', '200'))).toEqual([]);
    expect(xstate(modulesLoadedBy('simulate', item, '--runs', '200', '--engine', 'reference'))).toContain('src/machine/compile.ts');
  }, 60_000);

  it('only wujian import loads the workbook library (exceljs) and the importer, and only when it runs', async () => {
    const workbookModules = (modules: readonly string[]) => modules.filter((m) => /node_modules\/exceljs|^src\/import\//.test(m));
    expect(workbookModules(modulesLoadedBy('validate', 'processes/food-business-licence/before.yaml'))).toEqual([]);
    expect(workbookModules(modulesLoadedBy('import', '--help'))).toEqual([]);
    writeFileSync(join(TEMP, 'list.xlsx'), await buildWorkbook({ sheets: { 事项: [['事项名称', '承诺办结时限', '环节名称', '环节时限'], ['甲许可', '5个工作日', '受理', '1个工作日']] } }));
    const imported = workbookModules(modulesLoadedBy('import', join(TEMP, 'list.xlsx'), '-o', join(TEMP, 'imported')));
    expect(imported).toContain('src/import/index.ts');
    expect(imported.some((m) => m.includes('node_modules/exceljs'))).toBe(true);
  }, 60_000);
});
