/**
 * elkjs loaded with a V8 code cache. Its 1.6 MB script (ELK compiled from Java by GWT) took about
 * 100 ms to compile, and its first layout a good part more to compile the functions that layout
 * runs, on every report. The cache, made after a layout (so it holds those functions too) and kept
 * in the system's temporary folder, lets V8 skip both: Node 20 keeps no such cache for a required
 * script (module.enableCompileCache came with Node 22). V8 refuses a cache made for another script,
 * V8 version or set of flags, and the script is then compiled as before and a new cache written.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { readOwnFile, userCacheDir, writeOwnFile } from '../user-cache.js';

/** The ELK class of elkjs's bundled build (its layout runs in the calling thread). */
export type ElkClass = typeof import('elkjs/lib/elk.bundled.js').default;

/** Where compiled code is kept: a folder of this user's in the system's temporary folder. */
export const CODE_CACHE_DIR = userCacheDir('code');

/** elkjs loaded, and how to keep its code for the next process. */
export interface LoadedElk {
  /** The ELK class. */
  ELK: ElkClass;
  /** True when V8 took the code cache. */
  cached: boolean;
  /** Writes the code cache when there was none that V8 took; call it after a layout. Never throws. */
  keepCode(): void;
}

/**
 * Loads elkjs's bundled script as require would, with the code cache in `cacheDir` when there is one
 * V8 accepts.
 * @example const { ELK, keepCode } = loadElk(); await new ELK().layout(graph); keepCode()
 */
export function loadElk(cacheDir: string | null = CODE_CACHE_DIR): LoadedElk {
  const require = createRequire(import.meta.url);
  const file = require.resolve('elkjs/lib/elk.bundled.js');
  const source = readFileSync(file, 'utf8');
  const cacheFile = cacheDir && join(cacheDir, `elk-${createHash('sha256').update(source).update(process.version).update(process.arch).digest('hex').slice(0, 16)}.bin`);
  const cachedData = cacheFile ? readOwnFile(cacheFile) : undefined;
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const cached = cachedData !== undefined && !script.cachedDataRejected;
  let kept = cached;
  return {
    ELK: module.exports as ElkClass,
    cached,
    keepCode() {
      if (kept || !cacheFile) return;
      kept = true;
      writeOwnFile(cacheFile, script.createCachedData());
    },
  };
}
