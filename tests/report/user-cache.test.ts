/**
 * The caches a report keeps in the temporary folder (src/report/user-cache.ts) stay small: a file not
 * used for CACHE_KEEP_DAYS goes, and past the size limit the least recently used goes first; reading a
 * file counts as using it. Times are set on the files, and the prune is told what "now" is; nothing waits.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_KEEP_DAYS, pruneCache, readOwnFile, writeOwnFile } from '../../src/report/user-cache.js';

const DAY = 86_400_000;
/** The "now" the prunes below are run at. */
const NOW = Date.UTC(2026, 5, 1);
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A new folder of this user's alone (mkdtemp makes it 0700), holding `files`: name → [bytes, days before NOW last used]. */
function cacheWith(files: Record<string, [number, number]>): string {
  const folder = mkdtempSync(join(tmpdir(), 'wujian-cache-test-'));
  folders.push(folder);
  for (const [name, [bytes, days]] of Object.entries(files)) {
    writeFileSync(join(folder, name), Buffer.alloc(bytes));
    const when = new Date(NOW - days * DAY);
    utimesSync(join(folder, name), when, when);
  }
  return folder;
}

const names = (folder: string) => readdirSync(folder).sort();

describe('the caches in the temporary folder', () => {
  it(`drop what was not used for ${CACHE_KEEP_DAYS} days and keep the rest`, () => {
    const folder = cacheWith({ 'old.css': [10, CACHE_KEEP_DAYS + 1], 'recent.css': [10, CACHE_KEEP_DAYS - 1], 'today.json': [10, 0] });
    pruneCache(folder, CACHE_KEEP_DAYS, undefined, NOW);
    expect(names(folder)).toEqual(['recent.css', 'today.json']);
  });

  it('drop the least recently used first when the folder is over its size', () => {
    const folder = cacheWith({ 'a.json': [10, 3], 'b.json': [10, 2], 'c.json': [10, 1], 'd.json': [10, 0] });
    pruneCache(folder, CACHE_KEEP_DAYS, 25, NOW);
    expect(names(folder)).toEqual(['c.json', 'd.json']);
  });

  it('count a file read as used: an old file read again is kept, one not read goes', () => {
    const folder = cacheWith({ 'read.css': [10, CACHE_KEEP_DAYS + 5], 'unread.css': [10, CACHE_KEEP_DAYS + 5] });
    // Reading marks the file used at the real time, which is later than NOW.
    expect(readOwnFile(join(folder, 'read.css'))).toHaveLength(10);
    pruneCache(folder, CACHE_KEEP_DAYS, undefined, NOW);
    expect(names(folder)).toEqual(['read.css']);
  });

  it('are pruned when a run first adds to them, the new file kept', () => {
    // Years before NOW: stale by the real clock too, which writeOwnFile prunes by.
    const folder = cacheWith({ 'stale.json': [10, 3650] });
    writeOwnFile(join(folder, 'new.json'), '{}');
    expect(names(folder)).toEqual(['new.json']);
    expect(existsSync(join(folder, 'new.json'))).toBe(true);
  });
});
