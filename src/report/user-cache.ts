/**
 * Caches a report keeps between runs in the system's temporary folder (cut fonts, elkjs's compiled
 * code): one folder per user, read only when it belongs to this user and no one else may write in it
 * (another user of the machine could otherwise plant code, or CSS that a report would carry), and
 * written whole or not at all. A cache that cannot be read or written only costs the next report the
 * work it saves.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** This user's folder for the cache named `name` in the system's temporary folder. */
export function userCacheDir(name: string): string {
  return join(tmpdir(), `wujian-${name}-${process.getuid?.() ?? 'user'}`);
}

/** The bytes of `file` when its folder is this user's alone; undefined otherwise or when there is none. */
export function readOwnFile(file: string): Buffer | undefined {
  try {
    if (!isOwnFolder(dirname(file))) return undefined;
    return readFileSync(file);
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
  } catch {
    // A read-only or full temporary folder: the next report does the work again.
  }
}

/** True when `folder` belongs to this user and no one else may write in it (always true where there are no user ids). */
function isOwnFolder(folder: string): boolean {
  const stat = statSync(folder);
  if (!stat.isDirectory()) return false;
  if (process.getuid === undefined) return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}
