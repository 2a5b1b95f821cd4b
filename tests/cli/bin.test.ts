/** The `wujian` executable as a real process: it sets the exit code and survives hostile files. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Exit } from '../../src/cli/io.js';
import { createTempDir, fixture, ROOT } from '../support/files.js';

const BIN = join(ROOT, 'bin', 'wujian.js');
const TEMP = createTempDir();

/** Runs `node bin/wujian.js argv…` in `cwd`. */
function wujianProcess(cwd: string, ...argv: string[]) {
  const { status, signal, stdout, stderr } = spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { status, signal, stdout, stderr };
}

describe('the wujian executable', () => {
  it('exits 0 on valid files', () => {
    const { status, stdout } = wujianProcess(fixture('procedures'), 'validate', 'alpha.yaml', 'beta.yaml');
    expect(stdout).toContain('✓ alpha.yaml');
    expect(status).toBe(Exit.OK);
  });

  it('exits 1 on an invalid file, writing the diagnostic to standard output', () => {
    const { status, stdout, stderr } = wujianProcess(fixture('diagnostics'), 'validate', 'unknown-target.yaml', '--lang', 'en');
    expect(stdout).toContain('unknown-target.yaml:13:21: error [unknown-target]');
    expect(stderr).toBe('');
    expect(status).toBe(Exit.INVALID);
  });

  it('exits 2 on a usage error, writing it to standard error', () => {
    const { status, stdout, stderr } = wujianProcess(ROOT, 'validate', '--format', 'xml');
    expect(stdout).toBe('');
    expect(stderr).toContain('--format 只能是 text, json');
    expect(status).toBe(Exit.USAGE);
  });

  it('reports a 10,000-level nested file that follows a tab-indented one (this used to abort Node)', () => {
    writeFileSync(join(TEMP, 'a-tabs.yaml'), 'id: x\nversion:\n\tlabel: 改革前\n');
    writeFileSync(join(TEMP, 'b-deep.yaml'), 'x: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n');
    const { status, signal, stdout } = wujianProcess(TEMP, 'validate', '.');
    expect(signal).toBeNull();
    expect(stdout).toContain('a-tabs.yaml:3:1: 错误 [yaml-syntax]');
    expect(stdout).toContain('b-deep.yaml:1:67: 错误 [yaml-too-deep]');
    expect(status).toBe(Exit.INVALID);
  });
});
