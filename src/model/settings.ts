/**
 * The project settings file, wujian.yaml (schemas/settings.schema.json): found by walking up from the
 * working folder, so that every command run anywhere in a reform office's folder follows the same
 * settings without long options. Paths in it are relative to the file. Today it names the holiday
 * calendar files; it is the place for later defaults too (money settings …), which the command line's
 * options override.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createDiagnostic, hasErrors, type Diagnostic, type Span } from './diagnostic.js';
import { spanOf } from './locate.js';
import { readYaml, type ParsedYaml } from './parse.js';
import { validateSchema } from './schema.js';

/** The names the settings file may have, first found wins. */
export const SETTINGS_FILE_NAMES = ['wujian.yaml', 'wujian.yml'] as const;

/** A path the settings name, as written and resolved. */
export interface SettingsPath {
  /** As written in the file. */
  written: string;
  /** Absolute, resolved against the settings file's folder. */
  file: string;
  /** Where it is written. */
  span: Span;
}

/** The settings, checked. */
export interface Settings {
  /** The settings file. */
  file: string;
  /** Holiday calendar files, in order (a later one changes an earlier one). */
  calendar: SettingsPath[];
}

/** Whether `file` is named as a settings file is (wujian.yaml), wherever it stands. */
export function isSettingsFileName(file: string): boolean {
  const name = file.split(/[\\/]/).pop() ?? '';
  return (SETTINGS_FILE_NAMES as readonly string[]).includes(name);
}

/**
 * The settings file of `folder`: its own wujian.yaml, or the nearest one in a folder above it.
 * @example findSettingsFile('/work/office/processes/food') // "/work/office/wujian.yaml"
 */
export function findSettingsFile(folder: string): string | undefined {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    for (const name of SETTINGS_FILE_NAMES) {
      const file = join(dir, name);
      if (existsSync(file) && statSync(file).isFile()) return file;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Loads and checks a settings file. */
export function loadSettingsFile(file: string): { settings?: Settings; diagnostics: Diagnostic[] } {
  const read = readYaml(file);
  return read.ok ? checkSettings(file, read.parsed) : { diagnostics: read.diagnostics };
}

/** Checks parsed YAML as a settings file: its schema, and that every file it names exists. */
export function checkSettings(file: string, parsed: ParsedYaml): { settings?: Settings; diagnostics: Diagnostic[] } {
  const schemaProblems = validateSchema(file, parsed, 'settings');
  if (hasErrors(schemaProblems)) return { diagnostics: schemaProblems };
  const raw = parsed.value as { calendar?: string | string[] };
  const folder = dirname(resolve(file));
  const written = raw.calendar === undefined ? [] : Array.isArray(raw.calendar) ? raw.calendar : [raw.calendar];
  const calendar = written.map((path, i) => ({
    written: path,
    file: resolve(folder, path),
    span: spanOf(parsed, Array.isArray(raw.calendar) ? ['calendar', i] : ['calendar']),
  }));
  const diagnostics = calendar
    .filter((c) => !existsSync(c.file))
    .map((c) => createDiagnostic('settings-calendar-not-found', file, c.span, { value: c.written, folder }));
  return hasErrors(diagnostics) ? { diagnostics } : { settings: { file, calendar }, diagnostics };
}
