/** Paths into tests/fixtures, throw-away folders and loading one file, shared by the test files. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { loadFiles } from '../../src/model/load.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Absolute path of a file under tests/fixtures, e.g. fixture('procedures', 'alpha.yaml'). */
export function fixture(...parts: string[]): string {
  return join(ROOT, 'tests', 'fixtures', ...parts);
}

/** The folders createTempDir made for this test file (the module is loaded again for each file). */
const madeHere: string[] = [];
// Registered as the file is collected: an afterAll added later, in a test or a beforeAll, is never run.
// Outside a test run (bench/ imports these helpers) there is no suite to register with.
if (process.env.VITEST_WORKER_ID !== undefined) {
  afterAll(() => {
    for (const made of madeHere.splice(0)) rmSync(made, { recursive: true, force: true });
  });
}

/** A new empty folder under the system's temp folder, removed when the test file finishes (wherever it was made). */
export function createTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wujian-test-'));
  madeHere.push(dir);
  return dir;
}

/** Writes `content` to `name` under `dir`, making its folders, and returns the file's path. */
export function writeIn(dir: string, name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/**
 * Loads one file and returns its diagnostics. Tests about bounded work count the work (alias
 * expansions, bytes read, composer runs) rather than time it; timings belong in bench/.
 */
export function loadDiagnostics(file: string): Diagnostic[] {
  return loadFiles([file])[0]!.diagnostics;
}

/**
 * The files under `folder` (relative to the root) that the repository ships, as absolute paths: what
 * git tracks, so that a user's own item added to processes/ (as `wujian init` invites) is not held to
 * what is asked of the bundled cases. Without git (an unpacked archive), undefined.
 */
export function shippedFiles(folder: string): string[] | undefined {
  try {
    const listed = execFileSync('git', ['ls-files', '-z', '--', folder], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return listed.split('\0').filter(Boolean).map((file) => join(ROOT, file));
  } catch {
    return undefined;
  }
}

/** "code line:column" for each diagnostic, for compact assertions. */
export function places(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`);
}
