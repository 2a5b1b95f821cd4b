/**
 * `-o`: a regular file is written whole or not at all, also a text that comes in pieces (one whose piece
 * cannot be made leaves the old file); devices and standard output are streamed to; an input, a
 * symbolic link, a FIFO or a folder is refused with a hint and left as it was; the temporary file
 * never outlives the command, not even a Ctrl-C during the write; a text in pieces is printed a piece
 * at a time as standard output takes it; a reader that goes away (`| head`) ends the command quietly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryIO, Exit } from '../../src/cli/io.js';
import { deliver } from '../../src/cli/output.js';
import { writeWhole } from '../../src/cli/write.js';
import { wujian } from '../support/cli.js';
import { createTempDir, ROOT } from '../support/files.js';

const DIR = createTempDir();
const FOOD = join(ROOT, 'processes', 'food-business-licence');
copyFileSync(join(FOOD, 'before.yaml'), join(DIR, 'before.yaml'));
copyFileSync(join(FOOD, 'after.yaml'), join(DIR, 'after.yaml'));
const AFTER = readFileSync(join(DIR, 'after.yaml'), 'utf8');

/** Files in DIR left by a temporary write. */
const temporaries = () => readdirSync(DIR, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));

describe('-o', () => {
  it('refuses an empty name as a usage error with a hint, instead of printing', async () => {
    const { code, stdout, stderr } = await wujian(DIR, 'analyze', 'before.yaml', '-o', '', '--lang', 'en');
    expect(code).toBe(Exit.USAGE);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: the file name after -o is empty\n  hint: give the file to write, e.g. -o result.md; to print, leave out -o or write -o -.\n');
  });

  it('refuses a folder, written with a slash or existing, and creates no file of its name', async () => {
    for (const out of ['newdir/', '.', DIR]) {
      const { code, stderr } = await wujian(DIR, 'analyze', 'before.yaml', '-o', out);
      expect(code, out).toBe(Exit.USAGE);
      expect(stderr).toContain('是一个文件夹，不是文件');
      expect(stderr).toContain('提示：在文件夹后面写上文件名');
    }
    expect(existsSync(join(DIR, 'newdir'))).toBe(false);
  });

  it('prints for -o - and for /dev/stdout', async () => {
    for (const out of ['-', '/dev/stdout']) {
      const { code, stdout, stderr } = await wujian(DIR, 'analyze', 'before.yaml', '-o', out, '--format', 'json');
      expect(code, out).toBe(Exit.OK);
      expect(stderr).toBe('');
      expect(JSON.parse(stdout).procedures).toHaveLength(1);
    }
  });

  it('streams to a character device in place: /dev/null stays a device, /dev/full fails with its error', async () => {
    const devNull = await wujian(DIR, 'analyze', 'before.yaml', '-o', '/dev/null');
    expect(devNull.code).toBe(Exit.OK);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const devFull = await wujian(DIR, 'analyze', 'before.yaml', '-o', '/dev/full', '--lang', 'en');
    expect(devFull.code).toBe(Exit.INVALID);
    expect(devFull.stderr).toBe('error: cannot write /dev/full (ENOSPC)\n');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('never replaces an input of the command, whether named as the same path or another', async () => {
    // With a format given (a .yaml name alone is already refused: no format writes .yaml).
    for (const out of ['after.yaml', './after.yaml', join(DIR, 'after.yaml')]) {
      const { code, stderr } = await wujian(DIR, 'compare', 'before.yaml', 'after.yaml', '-o', out, '--format', 'md', '--lang', 'en');
      expect(code, out).toBe(Exit.USAGE);
      expect(stderr).toContain('is a file this command reads; writing would replace it');
    }
    const unknown = await wujian(DIR, 'compare', 'before.yaml', 'after.yaml', '-o', 'after.yaml', '--lang', 'en');
    expect(unknown.code).toBe(Exit.USAGE);
    expect(unknown.stderr).toContain('the extension .yaml is not one of');
    const { code } = await wujian(DIR, 'analyze', '.', '-o', 'before.yaml');
    expect(code).toBe(Exit.USAGE);
    expect(readFileSync(join(DIR, 'after.yaml'), 'utf8')).toBe(AFTER);
  });

  it('refuses a symbolic link and a FIFO, leaving both as they were', async () => {
    writeFileSync(join(DIR, 'target.md'), 'keep');
    symlinkSync(join(DIR, 'target.md'), join(DIR, 'link.md'));
    const link = await wujian(DIR, 'analyze', 'before.yaml', '-o', 'link.md', '--format', 'md');
    expect(link.code).toBe(Exit.USAGE);
    expect(link.stderr).toContain('是一个符号链接，不会被替换');
    expect(lstatSync(join(DIR, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(DIR, 'link.md'))).toBe(join(DIR, 'target.md'));
    expect(readFileSync(join(DIR, 'target.md'), 'utf8')).toBe('keep');

    expect(spawnSync('mkfifo', [join(DIR, 'pipe')]).status).toBe(0);
    const fifo = await wujian(DIR, 'analyze', 'before.yaml', '-o', 'pipe');
    expect(fifo.code).toBe(Exit.USAGE);
    expect(fifo.stderr).toContain('是一个命名管道（FIFO），不会被替换');
    expect(lstatSync(join(DIR, 'pipe')).isFIFO()).toBe(true);
  });

  it('writes a regular file whole and leaves no temporary file, after success or failure', async () => {
    const ok = await wujian(DIR, 'analyze', 'before.yaml', '-o', 'out/analysis.json', '--format', 'json');
    expect(ok.code).toBe(Exit.OK);
    expect(JSON.parse(readFileSync(join(DIR, 'out', 'analysis.json'), 'utf8')).procedures).toHaveLength(1);
    writeFileSync(join(DIR, 'a-file'), '');
    const failed = await wujian(DIR, 'analyze', 'before.yaml', '-o', 'a-file/analysis.json');
    expect(failed.code).toBe(Exit.INVALID);
    expect(temporaries()).toEqual([]);
  });

  it('writes a text given in pieces whole; a piece that cannot be made leaves the file as it was', () => {
    const file = join(DIR, 'pieces', 'out.json');
    function* pieces(fail: boolean): Generator<string> {
      yield '{"a": ';
      if (fail) throw new Error('no piece');
      yield '1}\n';
    }
    expect(writeWhole(file, pieces(false))).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe('{"a": 1}\n');
    // Not a disk's error: thrown on (an internal error), with the old file kept and no temporary file.
    expect(() => writeWhole(file, pieces(true))).toThrow('no piece');
    expect(readFileSync(file, 'utf8')).toBe('{"a": 1}\n');
    expect(temporaries()).toEqual([]);
  });

  it('removes the temporary file before a Ctrl-C that comes during the write takes effect', () => {
    // The child sends itself SIGINT just before renaming the temporary file into place.
    const out = join(DIR, 'signal', 'report.html');
    mkdirSync(join(DIR, 'signal'));
    const script = `
      import fs from 'node:fs';
      import { syncBuiltinESMExports } from 'node:module';
      const rename = fs.renameSync;
      fs.renameSync = (from, to) => { process.kill(process.pid, 'SIGINT'); return rename(from, to); };
      syncBuiltinESMExports();
      const { writeWhole } = await import(${JSON.stringify(join(ROOT, 'src', 'cli', 'write.ts'))});
      console.log(writeWhole(${JSON.stringify(out)}, 'x'.repeat(1_000_000)) ?? 'written');
      setTimeout(() => console.log('not stopped'), 2000);
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    expect(child.stdout).toBe('written\n');
    expect(child.signal).toBe('SIGINT');
    expect(readFileSync(out, 'utf8')).toHaveLength(1_000_000);
    expect(readdirSync(join(DIR, 'signal'))).toEqual(['report.html']);
  });

  it('prints a text in pieces a piece at a time, each once standard output has taken the one before', async () => {
    const printed: string[] = [];
    const waits: Array<() => void> = [];
    const io = { ...createMemoryIO(DIR), out: (text: string) => void printed.push(text), drained: () => new Promise<void>((resolve) => waits.push(resolve)) };
    const delivered = deliver(['{', '"a": 1', '}'], undefined, 'zh', io);
    for (const shown of [['{'], ['{', '"a": 1'], ['{', '"a": 1', '}']]) {
      await new Promise((resolve) => setImmediate(resolve));
      expect(printed).toEqual(shown);
      // Standard output takes the piece.
      waits.shift()!();
    }
    expect(await delivered).toBeUndefined();
  });

  it.each([
    ['validate', 'before.yaml', 'after.yaml'],
    ['analyze', 'before.yaml', 'after.yaml', '--format', 'json'],
  ])('ends quietly when the reader of standard output goes away (wujian %s … | head)', async (...argv) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'wujian.js'), ...argv], { cwd: DIR });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    expect(stderr).toBe('');
    expect(signal).toBeNull();
    expect(code).toBe(Exit.OK);
  });
});
