/**
 * One YAML fixture per diagnostic code, each saying on its first line where the code must be
 * reported: "# expect: unknown-target 13:21". Each is loaded by the load stage every command starts
 * with (loadWorkspace), so a bundle's items are read and checked as commands read them. A code only
 * a comparison can find (merges naming what the version before lacks) names that version on its
 * second line: "# before: ../bundles/x.yaml".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBundle } from '../../src/analysis/bundle.js';
import { itemsOf } from '../../src/analysis/compare/side.js';
import { checkMerges } from '../../src/model/check/merges.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { describe as describeDiagnostic, knownCodes } from '../../src/model/messages.js';
import { IMPORT_MESSAGES } from '../../src/model/messages-import.js';
import { loadWorkspace } from '../../src/model/workspace.js';
import { fixture } from '../support/files.js';

/** Codes no YAML text can produce: they need a missing, unreadable, binary or generated file. */
const NEED_FILE_SETUP = [
  'file-not-found', 'file-read', 'file-not-regular', 'no-yaml-files', 'file-binary', 'file-encoding', 'file-too-large', 'file-empty',
  'yaml-alias', 'yaml-too-deep',
];
/** Codes the loader keeps as a fallback only: no keyword of our schemas reaches them. */
const FALLBACK_ONLY = ['schema-other'];
/**
 * Codes of other files than procedures, bundles and calendars: targets files (tests/model/targets.test.ts),
 * the settings file, which must be named wujian.yaml (tests/model/settings.test.ts), and workbooks, whose
 * codes have workbook fixtures of their own (tests/import/diagnostics.test.ts).
 */
const OTHER_FILES = ['target-invalid', 'settings-calendar-not-found', ...Object.keys(IMPORT_MESSAGES)];
/** Codes about several files at once (pairs of versions: tests/model/pairs.test.ts). */
const SEVERAL_FILES = ['pair-ambiguous'];

interface Expectation {
  code: string;
  file: string;
  line: number;
  column: number;
}

function readExpectation(file: string): Expectation {
  const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
  const match = /^# expect: ([a-z-]+) (\d+):(\d+)$/.exec(first);
  if (!match) throw new Error(`${file} must start with "# expect: <code> <line>:<column>"`);
  return { code: match[1]!, file, line: Number(match[2]), column: Number(match[3]) };
}

const dir = fixture('diagnostics');
const expectations = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => readExpectation(`${dir}/${name}`));

/**
 * The problems of the fixture `file`'s own text, as every command finds them; a bundle analysed too
 * (its limits against its critical path), and a version compared with the version its second line
 * names.
 */
function diagnosticsOf(file: string): Diagnostic[] {
  const cwd = dirname(file);
  const workspace = loadWorkspace([basename(file)], { cwd });
  const own = workspace.diagnostics.filter((d) => d.file === basename(file));
  const side = workspace.files[0]?.side;
  if (!side) return own;
  const readPath = (shown: string) => resolve(cwd, shown);
  if ('bundle' in side) return [...own, ...analyzeBundle(side.bundle, side.items, { readPath }).warnings];
  const before = /^# before: (.+)$/.exec(readFileSync(file, 'utf8').split('\n')[1] ?? '')?.[1];
  if (!before) return own;
  const earlier = loadWorkspace([before], { cwd }).files[0]!.side!;
  return [...own, ...checkMerges(itemsOf(earlier), itemsOf(side), new Map(), readPath)];
}

describe('each diagnostic fixture', () => {
  it.each(expectations)('reports $code at $line:$column', ({ code, file, line, column }) => {
    expect(basename(file, '.yaml')).toBe(code);
    const found = diagnosticsOf(file).filter((d) => d.code === code).map((d) => `${d.line}:${d.column}`);
    expect(found).toContain(`${line}:${column}`);
  });

  it.each(expectations)('words $code in both languages with no placeholder left', ({ code, file }) => {
    const diagnostic = diagnosticsOf(file).find((d) => d.code === code)!;
    for (const lang of ['zh', 'en'] as const) {
      const { message, hint } = describeDiagnostic(diagnostic, lang);
      expect(message).not.toBe(code);
      expect(`${message} ${hint ?? ''}`).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});

describe('the message catalogue', () => {
  it('has a fixture for every code a YAML file can produce', () => {
    const covered = new Set([...expectations.map((e) => e.code), ...NEED_FILE_SETUP, ...FALLBACK_ONLY, ...OTHER_FILES, ...SEVERAL_FILES]);
    expect(knownCodes().filter((code) => !covered.has(code))).toEqual([]);
  });

  it('names no code that it does not know', () => {
    const known = new Set<string>(knownCodes());
    expect([...NEED_FILE_SETUP, ...FALLBACK_ONLY, ...OTHER_FILES, ...SEVERAL_FILES, ...expectations.map((e) => e.code)].filter((c) => !known.has(c))).toEqual([]);
  });

  it('renders the fallback schema-other code in both languages', () => {
    const diagnostic = { code: 'schema-other' as const, severity: 'error' as const, file: 'a.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, args: { path: '/name', detail: 'must be odd' } };
    expect(describeDiagnostic(diagnostic, 'zh').message).toBe('"name" 不符合要求：must be odd');
    expect(describeDiagnostic(diagnostic, 'en').message).toBe('"name" is not valid: must be odd');
  });
});
