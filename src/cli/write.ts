/**
 * Where `-o` sends an output, and writing it there: a regular file whole or not at all (a temporary
 * file beside it, then a rename), a character device such as /dev/null streamed to as it is, and `-`
 * or /dev/stdout to standard output. Anything else that stands at the name — an input of the command,
 * a symbolic link, a FIFO, a folder, a block device or a socket — is refused, never replaced.
 */
import { closeSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/** Where an output goes. */
export type OutputTarget =
  | { kind: 'stdout' }
  | { kind: 'stderr' }
  /** A character device (/dev/null), written to in place. */
  | { kind: 'device'; file: string }
  /** A regular file, new or replaced whole. */
  | { kind: 'file'; file: string };

/** What is written: a text, bytes, or a long text in pieces that is never held whole (toJsonPieces). */
export type Written = string | Uint8Array | Iterable<string>;

/** Why an output name is refused. */
export type OutputProblem = 'empty' | 'folder' | 'input' | 'symlink' | 'fifo' | 'special';

/** The process's own streams under the names a shell gives them. */
const STREAMS: Record<string, 'stdout' | 'stderr'> = {
  '/dev/stdout': 'stdout',
  '/dev/fd/1': 'stdout',
  '/proc/self/fd/1': 'stdout',
  '/dev/stderr': 'stderr',
  '/dev/fd/2': 'stderr',
  '/proc/self/fd/2': 'stderr',
};

/** True when `out` prints rather than names a file: `-`, or a name of standard output or error (/dev/stdout …). */
export function namesStandardStream(out: string): boolean {
  return out === '-' || STREAMS[out] !== undefined;
}

/**
 * Where `out` (relative to `cwd`) sends an output, or why it may not: `inputs` are the files the command
 * read, which it never overwrites.
 * @example getOutputTarget('-', '/work', []) // { ok: true, target: { kind: 'stdout' } }
 */
export function getOutputTarget(
  out: string,
  cwd: string,
  inputs: readonly string[],
): { ok: true; target: OutputTarget } | { ok: false; problem: OutputProblem } {
  if (out.trim() === '') return { ok: false, problem: 'empty' };
  if (out === '-') return { ok: true, target: { kind: 'stdout' } };
  if (out.endsWith('/') || out.endsWith(sep)) return { ok: false, problem: 'folder' };
  const file = resolve(cwd, out);
  const stream = STREAMS[file];
  if (stream) return { ok: true, target: { kind: stream } };
  const found = statOf(file, lstatSync);
  if (!found) return { ok: true, target: { kind: 'file', file } };
  if (found.isSymbolicLink()) {
    return statOf(file, statSync)?.isCharacterDevice() ? { ok: true, target: { kind: 'device', file } } : { ok: false, problem: 'symlink' };
  }
  if (found.isDirectory()) return { ok: false, problem: 'folder' };
  if (found.isCharacterDevice()) return { ok: true, target: { kind: 'device', file } };
  if (found.isFIFO()) return { ok: false, problem: 'fifo' };
  if (!found.isFile()) return { ok: false, problem: 'special' };
  const isInput = inputs.some((input) => {
    const s = statOf(resolve(cwd, input), statSync);
    return s !== undefined && s.dev === found.dev && s.ino === found.ino;
  });
  return isInput ? { ok: false, problem: 'input' } : { ok: true, target: { kind: 'file', file } };
}

function statOf(file: string, stat: (file: string) => Stats): Stats | undefined {
  try {
    return stat(file);
  } catch {
    return undefined;
  }
}

/** Writes `text` to a character device in place. Returns the error code, or undefined. */
export function writeDevice(file: string, text: Written): string | undefined {
  try {
    writeOpened(file, 'w', text);
    return undefined;
  } catch (error) {
    return fileSystemCode(error);
  }
}

/** Signals that would end the process while a temporary file stands; they wait until it is renamed or removed. */
const HELD_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Writes `text` to the regular file `file` whole: a temporary file beside it, then a rename. On failure
 * nothing is left behind, and a Ctrl-C (SIGINT), SIGTERM or SIGHUP that arrives meanwhile takes effect
 * only once the temporary file is gone (SIGKILL cannot be held). Returns the file system's error code, or
 * undefined; an error in making a piece of `text` is thrown on, the temporary file gone.
 */
export function writeWhole(file: string, text: Written): string | undefined {
  const temp = `${file}.${process.pid}.tmp`;
  holdSignals();
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeOpened(temp, 'wx', text);
    renameSync(temp, file);
    return undefined;
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temporary file could not even be created (e.g. its folder is a file): nothing to remove.
    }
    return fileSystemCode(error);
  }
}

/** The code of a file system's error (ENOSPC …); any other error, such as a piece of the text that could not be made, is wujian's fault, not the disk's, and is thrown on. */
function fileSystemCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== 'string') throw error;
  return code;
}

/** Opens `file` with `flag`, writes `text` into it (piece after piece) and closes it; throws what the file system threw. */
function writeOpened(file: string, flag: 'w' | 'wx', text: Written): void {
  const fd = openSync(file, flag);
  try {
    if (typeof text === 'string' || text instanceof Uint8Array) writeFileSync(fd, text);
    else for (const piece of text) writeFileSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/** Writes whose signals are still held (several in one turn of the event loop share one listener each). */
let holds = 0;

/** Ends the hold when a held signal comes, then ends the process as the signal would have. */
function onHeldSignal(signal: NodeJS.Signals): void {
  holds = 0;
  HELD_SIGNALS.forEach((s) => process.off(s, onHeldSignal));
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/**
 * Listens for the held signals until two turns of the event loop have passed: node acts on a signal
 * only between turns, so one that came during the synchronous write reaches this listener after the
 * temporary file is gone, which then ends the process as the signal would have (unless another part
 * of the program listens for it, as `simulate` does for Ctrl-C). Writes in the same turns share the
 * listeners, which go when the last of them has had its two turns.
 */
function holdSignals(): void {
  if (holds++ === 0) HELD_SIGNALS.forEach((signal) => process.once(signal, onHeldSignal));
  setImmediate(() =>
    setImmediate(() => {
      if (holds > 0 && --holds === 0) HELD_SIGNALS.forEach((signal) => process.off(signal, onHeldSignal));
    }),
  );
}
