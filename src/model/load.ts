/**
 * Loading: file → text → YAML with positions → schema check → typed model → semantic checks.
 * Each stage stops the file at its first failing stage, so later checks never see malformed data.
 */
import { resolve as resolvePath } from 'node:path';
import { CheckContext } from './check/context.js';
import { checkBundle } from './check/bundle.js';
import { checkGraph } from './check/graph.js';
import { checkMaterials } from './check/materials.js';
import { checkRules } from './check/rules.js';
import { checkStateSpace } from './check/state-space.js';
import { capDiagnostics, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostic.js';
import { toBundle, toProcedure } from './normalize.js';
import { parseYaml, type ParsedYaml } from './parse.js';
import { validateSchema } from './schema.js';
import { readSource } from './source.js';
import type { Document } from './types.js';

/** What loading one file gives: the document when it is valid, and every problem found. */
export interface LoadResult {
  /** The file as given. */
  file: string;
  /** The typed document; absent when the file has errors. */
  document?: Document;
  /** Problems, sorted by position. */
  diagnostics: Diagnostic[];
}

/** What a file is loaded for. */
export interface LoadOptions {
  /**
   * For simulation only: whether the procedure can be unrolled for exact analysis is not checked
   * (state-space-too-large), since a simulation keeps its counters as it goes.
   */
  simulation?: boolean;
}

/** Loads and checks one procedure or bundle file given as text (the file name is used for messages). */
export function loadText(file: string, text: string, options: LoadOptions = {}): LoadResult & { parsed?: ParsedYaml } {
  const result = loadUncapped(file, text, options);
  return { ...result, diagnostics: capDiagnostics(result.diagnostics) };
}

function loadUncapped(file: string, text: string, options: LoadOptions): LoadResult & { parsed?: ParsedYaml } {
  const parse = parseYaml(file, text);
  if (!parse.ok) return { file, diagnostics: parse.diagnostics };
  const { parsed } = parse;
  const raw = parsed.value as Record<string, unknown>;
  const isBundle = Object.hasOwn(raw, 'items') && !Object.hasOwn(raw, 'process');
  const schemaProblems = validateSchema(file, parsed, isBundle ? 'bundle' : 'procedure');
  if (hasErrors(schemaProblems)) return { file, parsed, diagnostics: sortDiagnostics(schemaProblems) };
  if (isBundle) return { file, parsed, document: toBundle(file, raw), diagnostics: [] };
  const procedure = toProcedure(file, raw);
  const ctx = new CheckContext(file, parsed);
  const rawIds = (raw.materials as Array<{ id: string }>).map((m) => m.id);
  checkMaterials(ctx, procedure, rawIds);
  checkGraph(ctx, procedure);
  checkRules(ctx, procedure);
  // Unrolling needs a sound graph (every target defined, every loop bounded).
  if (!options.simulation && !hasErrors(ctx.diagnostics)) checkStateSpace(ctx, procedure);
  const diagnostics = sortDiagnostics(ctx.diagnostics);
  return { file, parsed, diagnostics, document: hasErrors(diagnostics) ? undefined : procedure };
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
  const knownIds = new Set(results.flatMap((r) => (r.document?.kind === 'procedure' ? [r.document.id] : [])));
  const idOf = (file: string) => {
    const doc = load(file).document;
    return doc?.kind === 'procedure' ? doc.id : undefined;
  };
  for (const result of results) {
    if (result.document?.kind !== 'bundle' || !result.parsed) continue;
    const ctx = new CheckContext(result.file, result.parsed);
    checkBundle(ctx, result.document, knownIds, idOf);
    result.diagnostics = capDiagnostics(sortDiagnostics([...result.diagnostics, ...ctx.diagnostics]));
    if (hasErrors(result.diagnostics)) result.document = undefined;
  }
  return results.map(({ file, document, diagnostics }) => ({ file, document, diagnostics }));
}
