/**
 * Caches a report keeps between runs in the system's temporary folder (cut fonts, elkjs's compiled
 * code, diagram layouts): one folder per user, read only when it belongs to this user and no one else
 * may write in it (another user of the machine could otherwise plant code, or CSS that a report would
 * carry), written whole or not at all, and kept small: what has not been used for CACHE_KEEP_DAYS goes,
 * and the least recently used goes first past CACHE_MAX_BYTES. A cache that cannot be read or written
 * only costs the next report the work it saves.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** This user's folder for the cache named `name` in the system's temporary folder. */
export function userCacheDir(name: string): string {
  return join(tmpdir(), `wujian-${name}-${process.getuid?.() ?? 'user'}`);
}

/** Days a cached file is kept since it was last written or read. */
export const CACHE_KEEP_DAYS = 30;
/** Most bytes one cache folder keeps: a report cuts a font of 50–200 KB for each new set of characters. */
export const CACHE_MAX_BYTES = 64 * 1024 * 1024;

/** The bytes of `file` when its folder is this user's alone (the file marked as used now); undefined otherwise or when there is none. */
export function readOwnFile(file: string): Buffer | undefined {
  try {
    if (!isOwnFolder(dirname(file))) return undefined;
    const bytes = readFileSync(file);
    const now = new Date();
    utimesSync(file, now, now);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Writes `data` whole or not at all (a temporary file renamed into place), in a folder of this user's alone; never throws. */
export function writeOwnFile(file: string, data: string | Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    if (!isOwnFolder(dirname(file))) return;
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    if (!pruned.has(dirname(file))) {
      pruned.add(dirname(file));
      pruneCache(dirname(file));
    }
  } catch {
    // A read-only or full temporary folder: the next report does the work again.
  }
}

/** Folders this process has pruned: once a run is enough. */
const pruned = new Set<string>();

/**
 * Removes from `folder` the files not used (written or read) for `keepDays`, then the least recently
 * used while the rest is over `maxBytes`; never throws. Run by writeOwnFile the first time a process
 * adds to a folder, so a cache that is only read is never walked.
 */
export function pruneCache(folder: string, keepDays = CACHE_KEEP_DAYS, maxBytes = CACHE_MAX_BYTES, now = Date.now()): void {
  try {
    const files = readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      if (!entry.isFile()) return [];
      const file = join(folder, entry.name);
      const { mtimeMs, size } = statSync(file);
      return [{ file, mtimeMs, size }];
    });
    files.sort((a, b) => b.mtimeMs - a.mtimeMs);
    let kept = 0;
    for (const { file, mtimeMs, size } of files) {
      if (now - mtimeMs > keepDays * 86_400_000 || kept + size > maxBytes) rmSync(file, { force: true });
      else kept += size;
    }
  } catch {
    // Another process pruning at the same time, or a file gone meanwhile: the next run prunes again.
  }
}

/** True when `folder` belongs to this user and no one else may write in it (always true where there are no user ids). */
function isOwnFolder(folder: string): boolean {
  const stat = statSync(folder);
  if (!stat.isDirectory()) return false;
  if (process.getuid === undefined) return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}
