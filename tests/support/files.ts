/** Paths into tests/fixtures, throw-away folders and timed loading, shared by the test files. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { loadFiles } from '../../src/model/load.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Absolute path of a file under tests/fixtures, e.g. fixture('procedures', 'alpha.yaml'). */
export function fixture(...parts: string[]): string {
  return join(ROOT, 'tests', 'fixtures', ...parts);
}

/** A new empty folder under the system's temp folder, removed when the test file finishes. */
export function createTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wujian-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `fn` and returns its result with the milliseconds it took. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

/** Loads one file, failing the test if that takes a second or more, and returns its diagnostics. */
export function loadWithinASecond(file: string): Diagnostic[] {
  const { value, ms } = timed(() => loadFiles([file]));
  expect(ms).toBeLessThan(1000);
  return value[0]!.diagnostics;
}

/** "code line:column" for each diagnostic, for compact assertions. */
export function places(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`);
}
