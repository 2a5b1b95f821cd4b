/**
 * One YAML fixture per diagnostic code, each saying on its first line where the code must be
 * reported: "# expect: unknown-target 13:21". Each is loaded by the load stage every command starts
 * with (loadWorkspace), so a bundle's items are read and checked as commands read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describe as describeDiagnostic, knownCodes } from '../../src/model/messages.js';
import { IMPORT_MESSAGES } from '../../src/model/messages-import.js';
import { loadWorkspace } from '../../src/model/workspace.js';
import { fixture } from '../support/files.js';

/** Codes no YAML text can produce: they need a missing, unreadable, binary or generated file. */
const NEED_FILE_SETUP = [
  'file-not-found', 'file-read', 'no-yaml-files', 'file-binary', 'file-encoding', 'file-too-large', 'file-empty',
  'yaml-alias', 'yaml-too-deep',
];
/** Codes the loader keeps as a fallback only: no keyword of our schemas reaches them. */
const FALLBACK_ONLY = ['schema-other'];
/**
 * Codes of other files than procedures and bundles: targets files (tests/model/targets.test.ts) and
 * workbooks, whose codes have workbook fixtures of their own (tests/import/diagnostics.test.ts).
 */
const OTHER_FILES = ['target-invalid', ...Object.keys(IMPORT_MESSAGES)];
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

/** The problems of the fixture `file`'s own text, as every command finds them. */
function diagnosticsOf(file: string) {
  return loadWorkspace([basename(file)], { cwd: dirname(file) }).diagnostics.filter((d) => d.file === basename(file));
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
