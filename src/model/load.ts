/**
 * Loading: file → text → YAML with positions → schema check → typed model → semantic checks.
 * Each stage stops the file at its first failing stage, so later checks never see malformed data.
 */
import { resolve as resolvePath } from 'node:path';
import { CheckContext } from './check/context.js';
import { checkBundle, type ItemFile } from './check/bundle.js';
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

/**
 * Loads several files and then checks each bundle against the procedures loaded with it and the
 * files it names.
 */
export function loadFiles(files: readonly string[], options: LoadOptions = {}): LoadResult[] {
  // Parsed documents are kept only for bundles, which are checked after every file is read; a
  // catalogue of thousands of procedures would otherwise hold every syntax tree at once.
  const results = files.map((file) => {
    const result = loadFile(file, options);
    return result.document?.kind === 'bundle' ? result : { ...result, parsed: undefined };
  });
  const knownIds = new Set(results.flatMap((r) => (r.document?.kind === 'procedure' ? [r.document.id] : [])));
  const itemCache = new Map<string, ItemFile>();
  const itemOf = (file: string): ItemFile => {
    let item = itemCache.get(file);
    if (!item) {
      const found = results.find((r) => samePath(r.file, file));
      const result = found ?? loadFile(file, options);
      const id = result.document?.kind === 'procedure' ? result.document.id : undefined;
      item = { id, diagnostics: result.diagnostics, reported: found !== undefined };
      itemCache.set(file, item);
    }
    return item;
  };
  for (const result of results) {
    if (result.document?.kind !== 'bundle' || !result.parsed) continue;
    const ctx = new CheckContext(result.file, result.parsed);
    checkBundle(ctx, result.document, knownIds, itemOf);
    result.diagnostics = capDiagnostics(sortDiagnostics([...result.diagnostics, ...ctx.diagnostics]));
    if (hasErrors(result.diagnostics)) result.document = undefined;
  }
  return results.map(({ file, document, diagnostics }) => ({ file, document, diagnostics }));
}

function samePath(a: string, b: string): boolean {
  return resolvePath(a) === resolvePath(b);
}
