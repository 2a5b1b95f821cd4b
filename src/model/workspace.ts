/**
 * The load stage every command starts with: the paths the user named → the YAML files under them,
 * each read and checked once (a targets.yaml as targets; a holiday calendar or wujian.yaml as such, model/load.ts;
 * every other file as a procedure or bundle) → every bundle with its items resolved (an item file is read once
 * however many bundles, sides or arguments name it) → every problem, sorted and each once. File names
 * are shown as the user sees them (displayPath), applied once at the end, so every command, report and
 * diagnostic names a file the same way.
 */
import { resolve } from 'node:path';
import { hasErrors, tidyDiagnostics, type Diagnostic } from './diagnostic.js';
import { displayDiagnostic, displayPath, findYamlFiles } from './files.js';
import type { KnownProcedures } from './check/bundle.js';
import { checkAcrossFiles, createLoader, loadFiles, type Loader, type LoadOptions, type LoadResult } from './load.js';
import { resolveBundle, type ResolvedItem, type SideInput } from './resolve-bundle.js';
import { isTargetsFile, loadTargetsFile, type Target } from './targets.js';
import type { Document, Procedure } from './types.js';

/** One file of the workspace. */
export interface WorkspaceFile {
  /** The file as the user sees it (displayPath). */
  file: string;
  /** Its absolute path, to read it again (a code frame, a file beside it). */
  path: string;
  /** The typed document; absent when the file has errors. */
  document?: Document;
  /** The document as the analyses take it (a bundle with its items); absent when it or an item has errors. */
  side?: SideInput;
  /** The targets of a targets file (targets.yaml), which is no document. */
  targets?: Target[];
  /** A holiday calendar or the project settings (wujian.yaml), checked as such: no document either. */
  other?: LoadResult['other'];
  /** The file's problems, and for a bundle those of its items (located in the item's file). */
  diagnostics: Diagnostic[];
}

/** What loading the user's paths gives. */
export interface Workspace {
  /** Every YAML file found, in the order found (each argument's files sorted). */
  files: WorkspaceFile[];
  /** Problems with the paths themselves: not found, no YAML files. */
  problems: Diagnostic[];
  /** Every problem: with the paths themselves (not found, no YAML files), in the files and in bundle items. Sorted, each once. */
  diagnostics: Diagnostic[];
  /** Absolute path of every file read: the files found and the items bundles name (an output must never replace one). */
  inputs: string[];
}

/** Where the paths start from, and what the files are loaded for. */
export interface WorkspaceOptions extends LoadOptions {
  /** Folder that relative paths start from, and that shown file names are relative to. */
  cwd: string;
}

/**
 * Loads the files, folders and globs in `paths`.
 * @example loadWorkspace(['processes'], { cwd }).files.filter((f) => f.side).map((f) => f.file)
 */
export function loadWorkspace(paths: readonly string[], options: WorkspaceOptions): Workspace {
  const found = findYamlFiles(paths.map((p) => resolve(options.cwd, p)));
  const reader = createReader(options);
  const results = loadFiles(found.files.filter((f) => !isTargetsFile(f)), reader.load);
  const procedures = new Map(results.flatMap((r) => (r.document?.kind === 'procedure' ? [[r.document.id, r.document] as const] : [])));
  const documents = results.map((r) => reader.toFile(r, procedures));
  let next = 0;
  const files = found.files.map((path): WorkspaceFile => {
    if (!isTargetsFile(path)) return documents[next++]!;
    reader.inputs.add(path);
    const { targets, diagnostics } = loadTargetsFile(path);
    return { file: reader.show(path), path, targets, diagnostics: diagnostics.map(reader.shownDiagnostic) };
  });
  const problems = found.diagnostics.map(reader.shownDiagnostic);
  return { files, problems, diagnostics: tidyDiagnostics([...problems, ...files.flatMap((f) => f.diagnostics)]), inputs: [...reader.inputs] };
}

/**
 * The bundles among files already checked each on its own (the catalogue workers' way), loaded here,
 * checked across files and resolved as loadWorkspace does, against `procedures`: the files of the
 * valid procedures found beside them, by id, each read only when a bundle names its id. Their
 * workspace files in the order of `files`, and every file read.
 */
export function loadBundlesApart(files: readonly string[], procedures: ReadonlyMap<string, string>, options: WorkspaceOptions): { files: WorkspaceFile[]; inputs: string[] } {
  const reader = createReader(options);
  const known: KnownProcedures = {
    get: (id) => {
      const file = procedures.get(id);
      const document = file === undefined ? undefined : reader.load(file).document;
      return document?.kind === 'procedure' ? document : undefined;
    },
    keys: () => procedures.keys(),
  };
  const bundles = files.map((file) => reader.toFile(checkAcrossFiles({ ...reader.load(file), file }, known, reader.load), known));
  return { files: bundles, inputs: [...reader.inputs] };
}

/**
 * What the load stage reads and names files with: a loader that reads each file once and records it,
 * file names and diagnostics shown as the user sees them, and a loaded file made a workspace file (a
 * bundle with its items resolved against `procedures`, each item's procedure shown once).
 */
function createReader(options: WorkspaceOptions) {
  const show = (file: string) => displayPath(options, file);
  const shownDiagnostic = (d: Diagnostic): Diagnostic => displayDiagnostic(options, d);
  const inputs = new Set<string>();
  const loadOnce = createLoader(options);
  const load: Loader = (file) => {
    inputs.add(resolve(file));
    return loadOnce(file);
  };
  const shownProcedures = new Map<Procedure, Procedure>();
  const shownProcedure = (p: Procedure) => {
    let shown = shownProcedures.get(p);
    if (!shown) shownProcedures.set(p, (shown = { ...p, file: show(p.file) }));
    return shown;
  };
  const toFile = (r: LoadResult, procedures: KnownProcedures): WorkspaceFile => {
    const base = { file: show(r.file), path: r.file, diagnostics: r.diagnostics.map(shownDiagnostic), ...(r.other ? { other: r.other } : {}) };
    const doc = r.document;
    if (!doc) return base;
    if (doc.kind === 'procedure') {
      const document = shownProcedure(doc);
      return { ...base, document, side: document };
    }
    const resolved = resolveBundle(doc, { procedures, parsed: load(r.file).parsed, load });
    const document = { ...doc, file: show(doc.file) };
    const items: ResolvedItem[] = resolved.items.map((item) => ({ ...item, procedure: shownProcedure(item.procedure) }));
    const diagnostics = tidyDiagnostics([...base.diagnostics, ...resolved.diagnostics.map(shownDiagnostic)]);
    return { ...base, document, diagnostics, ...(hasErrors(resolved.diagnostics) ? {} : { side: { bundle: document, items } }) };
  };
  return { load, inputs, show, shownDiagnostic, toFile };
}
