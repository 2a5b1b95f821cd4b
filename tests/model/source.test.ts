/** Files that are not YAML text are refused with a located diagnostic before any parser sees them. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { printDiagnostics } from '../../src/cli/diagnostics.js';
import { createMemoryIO } from '../../src/cli/io.js';
import { describe as describeDiagnostic } from '../../src/model/messages.js';
import { MAX_FILE_BYTES } from '../../src/model/source.js';
import { createTempDir, loadDiagnostics, places, writeIn } from '../support/files.js';

// Counted, not timed: a file over the size limit is refused from its size alone, never read.
const opened = new Map<number, string>();
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const openSync = (...args: Parameters<typeof actual.openSync>) => {
    const fd = actual.openSync(...args);
    opened.set(fd, String(args[0]));
    return fd;
  };
  return { ...actual, openSync, readFileSync: vi.fn(actual.readFileSync) };
});

/** The reads of `file`'s bytes since the mock was cleared, by its path or by a descriptor opened on it. */
const readsOf = (file: string) => vi.mocked(readFileSync).mock.calls.filter(([from]) => (typeof from === 'number' ? opened.get(from) : from) === file);

const dir = createTempDir();

/** Writes `content` to a file under the temp folder (making its folders) and returns its path. */
const write = (name: string, content: string | Uint8Array) => writeIn(dir, name, content);

/** "食品经营许可" as a GBK editor saves it. */
const GBK_FOOD_LICENCE = Buffer.from([0xca, 0xb3, 0xc6, 0xb7, 0xbe, 0xad, 0xd3, 0xaa, 0xd0, 0xed, 0xbf, 0xc9]);

describe('readSource through loadFiles', () => {
  it('refuses a 5 MB file as too large without reading it', () => {
    const file = write('huge.yaml', 'id: x\nnote: ' + 'a'.repeat(5 * 1024 * 1024) + '\n');
    vi.mocked(readFileSync).mockClear();
    const [diagnostic] = loadDiagnostics(file);
    expect(readsOf(file)).toEqual([]);
    expect(places([diagnostic!])).toEqual(['file-too-large 1:1']);
    expect(describeDiagnostic(diagnostic!, 'zh').message).toBe('文件太大（5.0 MB），超过 512 KB 的上限');
    // Nor is it read to show a code frame when the problem is printed.
    const io = createMemoryIO(dir);
    printDiagnostics(io, [diagnostic!], 'zh');
    expect(io.stderr).toContain('[file-too-large] 文件太大（5.0 MB）');
    expect(readsOf(file)).toEqual([]);
  });

  it('accepts a file of exactly the size limit', () => {
    const file = write('at-limit.yaml', 'id: x\nnote: ' + 'a'.repeat(MAX_FILE_BYTES - 13) + '\n');
    vi.mocked(readFileSync).mockClear();
    expect(loadDiagnostics(file).map((d) => d.code)).not.toContain('file-too-large');
    expect(readsOf(file)).toHaveLength(1);
  });

  it('reports an empty file as empty', () => {
    expect(places(loadDiagnostics(write('empty.yaml', '')))).toEqual(['file-empty 1:1']);
  });

  it('reports a file of blank lines as empty', () => {
    expect(places(loadDiagnostics(write('blank.yaml', '\n  \n\t\n')))).toEqual(['file-empty 1:1']);
  });

  it('reports a file of comments only as empty', () => {
    const file = write('comments.yaml', '# 食品经营许可\n# 待补充\n');
    expect(places(loadDiagnostics(file))).toEqual(['file-empty 1:1']);
  });

  it('refuses a PNG image as binary, at its first NUL byte', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(places(loadDiagnostics(write('image.yaml', png)))).toEqual(['file-binary 3:1']);
  });

  it('refuses a GBK file as not UTF-8, at its first undecodable byte, and suggests GBK', () => {
    const file = write('gbk.yaml', Buffer.concat([Buffer.from('id: food\nname: '), GBK_FOOD_LICENCE, Buffer.from('\n')]));
    const diagnostics = loadDiagnostics(file);
    expect(places(diagnostics)).toEqual(['file-encoding 2:9']);
    expect(describeDiagnostic(diagnostics[0]!, 'zh').hint).toContain('GBK');
    expect(describeDiagnostic(diagnostics[0]!, 'en').hint).toContain('GBK');
  });

  it('reads a UTF-8 file that starts with a byte-order mark', () => {
    const file = write('bom.yaml', '\uFEFFid: x\n');
    expect(loadDiagnostics(file).map((d) => d.code)).not.toContain('file-encoding');
  });

  it('reports a missing file as not found, without a line', () => {
    expect(places(loadDiagnostics(join(dir, 'missing.yaml')))).toEqual(['file-not-found 0:0']);
  });

  it('reports a folder given as a file as no regular file, naming what it is', () => {
    const folder = join(dir, 'folder.yaml');
    mkdirSync(folder);
    const [diagnostic] = loadDiagnostics(folder);
    expect(diagnostic).toMatchObject({ code: 'file-not-regular', args: { kind: 'folder' } });
    expect(describeDiagnostic(diagnostic!, 'en').message).toBe('This is not a regular file but a folder, which cannot be read');
    expect(describeDiagnostic(diagnostic!, 'zh').message).toBe('这不是普通文件，而是一个文件夹，无法读取');
  });

  it.runIf(process.platform !== 'win32')('refuses a named pipe no program writes to and a device whose bytes never end, without reading a byte', () => {
    const pipe = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [pipe]);
    vi.mocked(readFileSync).mockClear();
    expect(loadDiagnostics(pipe).map((d) => [d.code, d.args])).toEqual([['file-not-regular', { kind: 'pipe' }]]);
    expect(loadDiagnostics('/dev/zero').map((d) => [d.code, d.args])).toEqual([['file-not-regular', { kind: 'device' }]]);
    expect(readsOf(pipe)).toEqual([]);
    expect(describeDiagnostic(loadDiagnostics(pipe)[0]!, 'zh').message).toBe('这不是普通文件，而是管道（FIFO），无法读取');
  });
});
