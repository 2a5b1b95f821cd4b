/**
 * Loading: file → text → YAML value → schema check → typed model → semantic checks. Each stage stops
 * the file at its first failing stage, so later checks never see malformed data. Positions in the YAML
 * are parsed only for a file with something to report (or one the quick reader declines).
 */
import { resolve as resolvePath } from 'node:path';
import { checkCalendarFiles } from './calendar/check.js';
import { checkCalendar, isCalendarShape } from './calendar/file.js';
import type { CalendarFile } from './calendar/types.js';
import { CheckContext } from './check/context.js';
import { checkBundle, type KnownProcedures } from './check/bundle.js';
import { checkGraph } from './check/graph.js';
import { checkMaterials } from './check/materials.js';
import { checkMergesWithin } from './check/merges.js';
import { checkRules, checkVersionDate } from './check/rules.js';
import { checkStateSpace } from './check/state-space.js';
import { capDiagnostics, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostic.js';
import { toBundle, toProcedure } from './normalize.js';
import { parseYaml, type ParsedYaml } from './parse.js';
import { isSchemaValid, validateSchema } from './schema.js';
import { readYamlValue } from './read-value.js';
import { checkSettings, isSettingsFileName, type Settings } from './settings.js';
import { readSource } from './source.js';
import type { Document, Procedure } from './types.js';

/** What loading one file gives: the document when it is valid, and every problem found. */
export interface LoadResult {
  /** The file as given. */
  file: string;
  /** The typed document; absent when the file has errors. */
  document?: Document;
  /** Problems, sorted by position. */
  diagnostics: Diagnostic[];
  /**
   * A file that holds no procedure or bundle but a holiday calendar or the project settings (wujian.yaml),
   * checked as such: commands that analyse skip it; `validate` reports on it.
   */
  other?: { kind: 'calendar'; calendar?: CalendarFile } | { kind: 'settings'; settings?: Settings };
}

/** What a file is loaded for. */
export interface LoadOptions {
  /**
   * For simulation only: whether the procedure can be unrolled for exact analysis is not checked
   * (state-space-too-large), since a simulation keeps its counters as it goes.
   */
  simulation?: boolean;
}

/**
 * Loads and checks one procedure or bundle file given as text (the file name is used for messages).
 * A procedure is first read without positions (readYamlValue) and checked; only when that finds
 * something to report, or cannot read the file, is it parsed with positions and checked again, so
 * that every problem is placed. Bundles, few and checked later against other files, keep their
 * positions from the start.
 */
export function loadText(file: string, text: string, options: LoadOptions = {}): LoadResult & { parsed?: ParsedYaml } {
  const result = loadUncapped(file, text, options);
  return { ...result, diagnostics: capDiagnostics(result.diagnostics) };
}

function loadUncapped(file: string, text: string, options: LoadOptions): LoadResult & { parsed?: ParsedYaml } {
  // Settings, calendars and bundles are few: they are read with positions from the start.
  const value = isSettingsFileName(file) ? undefined : readYamlValue(text);
  const quick = value && !isBundleValue(value) && !isCalendarShape(value) ? checkDocument(file, value, options) : undefined;
  if (quick) return quick;
  const parse = parseYaml(file, text);
  if (!parse.ok) return { file, diagnostics: parse.diagnostics };
  const { parsed } = parse;
  const raw = parsed.value as Record<string, unknown>;
  if (isSettingsFileName(file)) {
    const { settings, diagnostics } = checkSettings(file, parsed);
    return { file, parsed, diagnostics: sortDiagnostics(diagnostics), other: { kind: 'settings', settings } };
  }
  if (isCalendarShape(raw)) {
    const { calendar, diagnostics } = checkCalendar(file, parsed);
    const warnings = calendar ? checkCalendarFiles([calendar]) : [];
    return { file, parsed, diagnostics: sortDiagnostics([...diagnostics, ...warnings]), other: { kind: 'calendar', calendar } };
  }
  return { ...checkDocument(file, raw, options, parsed), parsed };
}

/** True for a bundle's value: items and no process. */
function isBundleValue(raw: Record<string, unknown>): boolean {
  return Object.hasOwn(raw, 'items') && !Object.hasOwn(raw, 'process');
}

/**
 * Schema and semantic checks of a document's value, every problem placed by `parsed`. Without
 * `parsed` the result is undefined as soon as there is any problem, for the caller to check again
 * with positions.
 */
function checkDocument(file: string, raw: Record<string, unknown>, options: LoadOptions, parsed: ParsedYaml): LoadResult;
function checkDocument(file: string, raw: Record<string, unknown>, options: LoadOptions): LoadResult | undefined;
function checkDocument(file: string, raw: Record<string, unknown>, options: LoadOptions, parsed?: ParsedYaml): LoadResult | undefined {
  const schema = isBundleValue(raw) ? 'bundle' : 'procedure';
  if (!isSchemaValid(raw, schema)) {
    if (!parsed) return undefined;
    const problems = validateSchema(file, parsed, schema);
    if (hasErrors(problems)) return { file, diagnostics: sortDiagnostics(problems) };
  }
  const ctx = new CheckContext(file, parsed);
  checkVersionDate(ctx, raw);
  if (schema === 'bundle') {
    if (!parsed && ctx.diagnostics.length > 0) return undefined;
    const diagnostics = sortDiagnostics(ctx.diagnostics);
    return { file, document: hasErrors(diagnostics) ? undefined : toBundle(file, raw), diagnostics };
  }
  const procedure = toProcedure(file, raw);
  const rawIds = (raw.materials as Array<{ id: string }>).map((m) => m.id);
  checkMaterials(ctx, procedure, rawIds);
  checkGraph(ctx, procedure);
  checkRules(ctx, procedure);
  checkMergesWithin(ctx, procedure);
  // Unrolling needs a sound graph (every target defined, every loop bounded).
  if (!options.simulation && !hasErrors(ctx.diagnostics)) checkStateSpace(ctx, procedure);
  if (!parsed && ctx.diagnostics.length > 0) return undefined;
  const diagnostics = sortDiagnostics(ctx.diagnostics);
  return { file, diagnostics, document: hasErrors(diagnostics) ? undefined : procedure };
}

/** Loads and checks one file from disk. */
export function loadFile(file: string, options: LoadOptions = {}): LoadResult & { parsed?: ParsedYaml } {
  const source = readSource(file);
  if (!source.ok) return { file, diagnostics: [source.diagnostic] };
  return loadText(file, source.text, options);
}

/** Loads a file, or gives the result it gave before: see createLoader. */
export type Loader = (file: string) => LoadResult & { parsed?: ParsedYaml };

/**
 * A loader that reads each file once, however often it is asked for (by path, resolved), so a file
 * that is both an argument and the item of one or more bundles is read and checked once. The parsed
 * YAML is kept for bundles only, which are located against it after every file is read; a catalogue
 * of thousands of procedures would otherwise hold every syntax tree at once.
 */
export function createLoader(options: LoadOptions = {}): Loader {
  const cache = new Map<string, LoadResult & { parsed?: ParsedYaml }>();
  return (file) => {
    const key = resolvePath(file);
    let result = cache.get(key);
    if (!result) {
      const loaded = loadFile(file, options);
      result = loaded.document?.kind === 'bundle' ? loaded : { ...loaded, parsed: undefined };
      cache.set(key, result);
    }
    return result;
  };
}

/**
 * Loads several files and then checks each bundle against the procedures loaded with it and the
 * files it names (read through `load`, so each once).
 */
export function loadFiles(files: readonly string[], load: Loader = createLoader()): LoadResult[] {
  const results = files.map((file) => ({ ...load(file), file }));
  const known = new Map(results.flatMap((r) => (r.document?.kind === 'procedure' ? [[r.document.id, r.document] as const] : [])));
  return results.map((result) => checkAcrossFiles(result, known, load));
}

/**
 * A file's load result, a bundle's checked against the procedures known by id and the files it names
 * (read through `load`): their problems added, its document dropped when one is an error.
 */
export function checkAcrossFiles(result: LoadResult & { parsed?: ParsedYaml }, known: KnownProcedures, load: Loader): LoadResult {
  const { file, other, parsed } = result;
  let { document, diagnostics } = result;
  if (document?.kind === 'bundle' && parsed) {
    const ctx = new CheckContext(file, parsed);
    const readItem = (item: string) => {
      const { document: doc, diagnostics: problems } = load(item);
      return { procedure: doc?.kind === 'procedure' ? doc : undefined, diagnostics: problems };
    };
    checkBundle(ctx, document, known, readItem);
    diagnostics = capDiagnostics(sortDiagnostics([...diagnostics, ...ctx.diagnostics]));
    if (hasErrors(diagnostics)) document = undefined;
  }
  return { file, document, diagnostics, ...(other ? { other } : {}) };
}
