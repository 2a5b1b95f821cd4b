/**
 * A bundle's items resolved to their procedures: each item's file read with the ordinary loader, so
 * a missing or invalid item gives the same located diagnostics as any other file.
 */
import { dirname, resolve } from 'node:path';
import type { KnownProcedures } from './check/bundle.js';
import { countSeverities, createDiagnostic, hasErrors, type Diagnostic } from './diagnostic.js';
import { loadFile, type Loader } from './load.js';
import { spanOf } from './locate.js';
import { readYaml, type ParsedYaml } from './parse.js';
import type { Bundle, Dependency, Procedure } from './types.js';

/** One item of a bundle with its procedure. */
export interface ResolvedItem {
  /** Item id (the procedure's id). */
  id: string;
  /** The item's procedure. */
  procedure: Procedure;
  /** Ids of the items it depends on. */
  after: string[];
  /** The dependencies in full (start-to-start, lags); absent means finish-to-start on each of `after`. */
  dependencies?: Dependency[];
  /** The bundle's note on the item. */
  note?: string;
}

/** A version as the analyses take it: a procedure, or a bundle with its items resolved. */
export type SideInput = Procedure | { bundle: Bundle; items: ResolvedItem[] };

/** What resolving gives: the items that could be read, and the problems with the rest. */
export interface ResolvedBundle {
  /** Items in authored order; an item that could not be read is left out. */
  items: ResolvedItem[];
  /** Problems: in the bundle file (item not found) or in the item's own file. */
  diagnostics: Diagnostic[];
}

/** Options of resolveBundle. */
export interface ResolveOptions {
  /** Procedures already loaded, by id, for items named by `id:` only. */
  procedures?: KnownProcedures;
  /** The bundle's parsed YAML, to locate problems; read from its file when absent. */
  parsed?: ParsedYaml;
  /** Reads an item's file; a shared loader (createLoader) reads each file once for every bundle. */
  load?: Loader;
}

/**
 * Reads the procedure of every item of `bundle`. Item paths are relative to the bundle file.
 * Example: `resolveBundle(bundle).items.map((i) => i.procedure.name)`.
 */
export function resolveBundle(bundle: Bundle, options: ResolveOptions = {}): ResolvedBundle {
  const diagnostics: Diagnostic[] = [];
  const items: ResolvedItem[] = [];
  let parsed = options.parsed;
  const locate = (path: ReadonlyArray<string | number>) => {
    if (!parsed) {
      const parse = readYaml(bundle.file);
      parsed = parse.ok ? parse.parsed : undefined;
    }
    return parsed ? spanOf(parsed, path) : undefined;
  };
  for (const item of bundle.items) {
    let procedure: Procedure | undefined;
    if (item.file) {
      const result = (options.load ?? loadFile)(resolve(dirname(bundle.file), item.file));
      if (result.document?.kind === 'procedure') procedure = result.document;
      else if (result.diagnostics.some((d) => d.code === 'file-not-found') || !hasErrors(result.diagnostics)) {
        diagnostics.push(createDiagnostic('bundle-unknown-item', bundle.file, locate([...item.path, 'path']), { item: item.file, suggestion: '' }));
      } else {
        // Said where the bundle names the item, so a bundle is never valid while an item is not, and
        // the item's own problems located in its file.
        const { errors } = countSeverities(result.diagnostics);
        diagnostics.push(createDiagnostic('bundle-item-invalid', bundle.file, locate([...item.path, 'path']), { item: item.file, errors }));
        diagnostics.push(...result.diagnostics);
      }
    } else if (item.id) {
      procedure = options.procedures?.get(item.id);
      if (!procedure) diagnostics.push(createDiagnostic('bundle-unknown-item', bundle.file, locate([...item.path, 'id']), { item: item.id, suggestion: '' }));
    }
    if (procedure) items.push({ id: item.id ?? procedure.id, procedure, after: item.after, dependencies: item.dependencies, note: item.note });
  }
  return { items, diagnostics };
}
