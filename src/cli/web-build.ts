/**
 * The two builds of the web app and how to get them: web/dist (served by `wujian view`) and
 * web/dist-report (one index.html with everything inline, the template of `wujian report`). Each
 * build records the sources it read with a hash of each (build-stamp.json, written by
 * web/build-stamp.ts); a build that is missing, or one of whose sources has changed since, is made on
 * demand with Vite. An installed package ships its builds and none of their sources, so they are
 * current as they are; file times, which npm resets, are never read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../model/types.js';
import { readFontFaces, type FontChunk } from '../report/font.js';
import type { IO } from './io.js';
import { say } from './messages.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The web app's folder. */
export const WEB_DIR = join(ROOT, 'web');

/** One way of building the app. */
export interface WebBuild {
  /** "app" or "report", for messages. */
  name: 'app' | 'report';
  /** Vite config file. */
  config: string;
  /** Output folder. */
  outDir: string;
  /** The file whose presence means the build is there. */
  index: string;
}

/** The served app: `npm run build:web`. */
export const APP_BUILD: WebBuild = createBuild('app', 'vite.config.ts', 'dist');

/** The single-file app for reports: `npm run build:report`. */
export const REPORT_BUILD: WebBuild = createBuild('report', 'vite.report.config.ts', 'dist-report');

function createBuild(name: WebBuild['name'], config: string, outDir: string): WebBuild {
  return { name, config: join(WEB_DIR, config), outDir: join(WEB_DIR, outDir), index: join(WEB_DIR, outDir, 'index.html') };
}

/** Name of the stamp file in a build's output folder. */
export const BUILD_STAMP_FILE = 'build-stamp.json';

/** What a build read: each source file (relative to ROOT, with "/") and the sha256 of its content. */
export interface BuildStamp {
  /** Source file → sha256, hex. */
  files: Record<string, string>;
}

/** The stamp of a build that read `files` (relative to ROOT), hashed as they are now. */
export function createBuildStamp(files: readonly string[]): BuildStamp {
  return { files: Object.fromEntries([...files].sort().map((f) => [f, hashFile(join(ROOT, f))])) };
}

function hashFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * True when `build` is missing, has no stamp, or one of the sources it read is here with other
 * content than when it was built. Sources that are absent do not count: an installed package has none.
 */
export function isBuildStale(build: WebBuild): boolean {
  const stampFile = join(build.outDir, BUILD_STAMP_FILE);
  if (!existsSync(build.index) || !existsSync(stampFile)) return true;
  const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as BuildStamp;
  return Object.entries(stamp.files).some(([file, hash]) => {
    const path = join(ROOT, file);
    return existsSync(path) && hashFile(path) !== hash;
  });
}

/**
 * Builds `build` with Vite when it is missing or stale. Returns undefined when the build is ready,
 * or the reason it could not be made (Vite not installed, a build error).
 */
export async function ensureBuilt(build: WebBuild, note: (text: string) => void): Promise<string | undefined> {
  if (!isBuildStale(build)) return undefined;
  if (!existsSync(build.config)) return `missing ${build.config}`;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    return 'vite is not installed (run npm install)';
  }
  note(build.name);
  try {
    await vite.build({ root: WEB_DIR, configFile: build.config, logLevel: 'error' });
    return undefined;
  } catch (error) {
    return (error as Error).message.split('\n')[0] ?? 'build failed';
  }
}

/**
 * Makes sure `build` is there for a command, saying so while it builds; on failure prints what went
 * wrong and the command that builds it by hand, and returns false.
 */
export async function prepareBuild(build: WebBuild, lang: Lang, io: IO): Promise<boolean> {
  const script = build.name === 'app' ? 'npm run build:web' : 'npm run build:report';
  const failure = await ensureBuilt(build, () => io.err(say(lang, 'building', { script })));
  if (!failure) return true;
  io.err(say(lang, 'buildFailed', { failure, script }));
  return false;
}

/**
 * The Noto Sans SC chunks of the served app's build (web/dist/assets: its stylesheet and woff2 files),
 * which reports cut their fonts from: the package ships these files once, for both.
 */
export function getAppFontChunks(): FontChunk[] {
  const assets = join(APP_BUILD.outDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.css'))
    .flatMap((name) => readFontFaces(readFileSync(join(assets, name), 'utf8'), assets));
}

