/**
 * The two builds of the web app and how to get them: web/dist (served by `wujian view`) and
 * web/dist-report (one index.html with everything inline, the template of `wujian report`). A build
 * that is missing or older than the app's sources is made on demand with Vite.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../model/types.js';
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

/** Folders under web/ that are output or tooling, not the app's sources. */
const NOT_SOURCES = new Set(['dist', 'dist-report', 'screenshots', 'node_modules']);

/** Folders of src/ the app's bundle takes code from: the vocabulary it words everything with, and the report types. */
const APP_SOURCES = ['vocabulary', 'report'];

/** True when `build` is missing or some file of the app's sources (web/, src/vocabulary/, src/report/) is newer. */
export function isBuildStale(build: WebBuild): boolean {
  if (!existsSync(build.index)) return true;
  const built = statSync(build.index).mtimeMs;
  return newestSource(WEB_DIR, true) > built || APP_SOURCES.some((folder) => newestSource(join(ROOT, 'src', folder), false) > built);
}

function newestSource(dir: string, top: boolean): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (top && NOT_SOURCES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path, false) : statSync(path).mtimeMs);
  }
  return newest;
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
