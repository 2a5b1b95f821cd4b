/** `wujian validate` as a function: exit codes, compiler-style text in Chinese or English, and JSON. */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Exit } from '../../src/cli/io.js';
import { wujian } from '../support/cli.js';
import { createTempDir, fixture, ROOT } from '../support/files.js';

const DIAGNOSTICS = fixture('diagnostics');
const TEMP = createTempDir();

/** A new empty folder inside the temp folder. */
function emptyFolder(name: string): string {
  const dir = join(TEMP, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('wujian validate', () => {
  it('exits 0 on the file `wujian init` writes and ticks it off by name', async () => {
    const dir = emptyFolder('init');
    expect((await wujian(dir, 'init', 'before.yaml')).code).toBe(Exit.OK);
    const { code, stdout } = await wujian(dir, 'validate', 'before.yaml');
    expect(code).toBe(Exit.OK);
    expect(stdout).toMatch(/^✓ before\.yaml {2}某某许可（新办） \[改革前\]/m);
    expect(stdout).toContain('共检查 1 个文件：1 个有效，0 个有错误；0 个错误，0 个警告。');
  });

  it('says of a procedure what it defines, not what analyze counts: 8 steps in the model, of which the standard path takes 7', async () => {
    const file = 'processes/food-business-licence/before.yaml';
    const zh = await wujian(ROOT, 'validate', file);
    expect(zh.stdout).toContain(
      `✓ ${file}  食品经营许可（新办） [改革前]  材料 已定义 9（申请人准备 9） · 环节 模型共 8 · 法定 20 个工作日 · 承诺 15 个工作日`,
    );
    const en = await wujian(ROOT, 'validate', file, '--lang', 'en');
    expect(en.stdout).toContain('materials 9 defined (9 prepared by the applicant) · steps 8 in the model');
    expect((await wujian(ROOT, 'analyze', file)).stdout).toMatch(/环节数 +标准 7 · 最快 7 · 最慢 11 · 模型共 8/);
  });

  it('exits 1 and reports an unknown target in Chinese with its place, a code frame and a hint', async () => {
    const { code, stdout } = await wujian(DIAGNOSTICS, 'validate', 'unknown-target.yaml');
    expect(code).toBe(Exit.INVALID);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('unknown-target.yaml:13:21: 错误 [unknown-target] 步骤 "apply" 的转移 SUBMIT 指向不存在的步骤 "dne"');
    expect(lines).toContain('> 13 |       on: { SUBMIT: dne }');
    expect(lines).toContain('     |                     ^^^');
    expect(lines).toContain('  提示：是否想写 "done"？');
  });

  it('reports the same in English with --lang en', async () => {
    const { code, stdout } = await wujian(DIAGNOSTICS, 'validate', 'unknown-target.yaml', '--lang', 'en');
    expect(code).toBe(Exit.INVALID);
    expect(stdout).toMatch(/^unknown-target\.yaml:13:21: error \[unknown-target\] Transition SUBMIT of step "apply" goes to "dne", which does not exist$/m);
    expect(stdout).toMatch(/^> 13 \| /m);
    expect(stdout).toContain('  hint: Did you mean "done"?');
    expect(stdout).not.toMatch(/[错提]/);
  });

  it('exits 0 when a file has warnings only', async () => {
    const { code, stdout } = await wujian(DIAGNOSTICS, 'validate', 'unused-material.yaml');
    expect(code).toBe(Exit.OK);
    expect(stdout).toContain('unused-material.yaml:7:7: 警告 [unused-material]');
  });

  it('writes JSON with each file and its located diagnostics for --format json', async () => {
    const { code, stdout } = await wujian(DIAGNOSTICS, 'validate', 'unknown-target.yaml', 'duplicate-material.yaml', '--format', 'json');
    expect(code).toBe(Exit.INVALID);
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(['unknown-target.yaml', 'duplicate-material.yaml']);
    expect(report.files[0].diagnostics).toEqual([
      expect.objectContaining({ code: 'unknown-target', line: 13, column: 21, message: '步骤 "apply" 的转移 SUBMIT 指向不存在的步骤 "dne"' }),
    ]);
    expect(report.summary).toEqual({ files: 2, valid: 0, errors: 2, warnings: 0 });
  });

  it('checks every YAML file in a folder and exits 1 when one is invalid', async () => {
    const { code, stdout } = await wujian(fixture(), 'validate', 'procedures', '--format', 'json');
    const report = JSON.parse(stdout);
    const valid = report.files.filter((f: { valid: boolean }) => f.valid).map((f: { file: string }) => f.file);
    expect(valid).toEqual(['procedures/alpha.yaml', 'procedures/beta.yaml', 'procedures/chinese.yaml', 'procedures/food-licence.yaml']);
    expect(code).toBe(Exit.INVALID);
  });

  it('checks a targets.yaml as targets', async () => {
    const { code, stdout } = await wujian(fixture('compare'), 'validate', 'targets.yaml');
    expect(code).toBe(Exit.OK);
    expect(stdout).toContain('✓ targets.yaml  目标 3 条');
  });

  it('exits 1 and names the folder when it holds no YAML files', async () => {
    const { code, stdout } = await wujian(emptyFolder('empty'), 'validate', '.');
    expect(code).toBe(Exit.INVALID);
    expect(stdout).toContain('[no-yaml-files]');
  });

  it('names an item file with errors in the hint of a reference to its id, rather than suggest another item', async () => {
    const dir = emptyFolder('broken-item');
    cpSync(join(ROOT, 'processes', 'newborn-birth'), dir, { recursive: true });
    const item = join(dir, 'item-medical-insurance-payment.yaml');
    writeFileSync(item, readFileSync(item, 'utf8').replace(/^name: .*$/m, 'name: [缺了右括号'));
    const { code, stdout } = await wujian(dir, 'validate', 'before.yaml');
    expect(code).toBe(Exit.INVALID);
    // The social security card comes after the payment: the hint names the payment's file, not the enrolment item.
    expect(stdout).toContain('错误 [bundle-unknown-item] 找不到事项 "medical-insurance-payment"');
    expect(stdout).toContain('提示：事项文件 item-medical-insurance-payment.yaml 有错误，读不出其中的 id 和材料');
    expect(stdout).not.toContain('是否想写');
    const english = await wujian(dir, 'validate', 'before.yaml', '--lang', 'en');
    expect(english.stdout).toContain('hint: The item file(s) item-medical-insurance-payment.yaml have errors, so their ids and materials are not known');
    // With the item beside it, its own error is shown too.
    expect((await wujian(dir, 'validate', '.')).stdout).toMatch(/^item-medical-insurance-payment\.yaml:\d+:\d+: 错误 \[yaml-syntax\]/m);
  });

  it('exits 1 on a file that does not exist', async () => {
    const { code, stdout } = await wujian(TEMP, 'validate', join('missing', 'before.yaml'), '--lang', 'en');
    expect(code).toBe(Exit.INVALID);
    expect(stdout).toContain('missing/before.yaml: error [file-not-found] No such file or folder');
  });
});
