/**
 * What suggest works on: a procedure or a bundle as compare takes it, with the text of each of its
 * files (the procedure's, or the bundle's and each item's), which the draft is written from.
 */
import { dirname, resolve } from 'node:path';
import { getErrors, type Diagnostic } from '../../model/diagnostic.js';
import { createLoader, loadFiles, loadText, type Loader } from '../../model/load.js';
import { checkMerges } from '../../model/check/merges.js';
import { resolveBundle, type SideInput } from '../../model/resolve-bundle.js';
import { itemsOf } from '../compare/side.js';
import { readSource } from '../../model/source.js';
import type { DataPath, Procedure } from '../../model/types.js';
import { allSteps } from '../../model/walk.js';
import type { WorkspaceFile } from '../../model/workspace.js';
import type { SubjectFile } from './draft.js';
import type { DraftFile } from './types.js';

/** A procedure or bundle to suggest reforms for. */
export interface Subject {
  /** The version as compare takes it. */
  side: SideInput;
  /** Its files: the procedure's, or the bundle's first and then each item's, with their text. */
  files: SubjectFile[];
  /** Reads an unchanged item file once, however many drafts of the bundle are loaded. */
  load: Loader;
}

/**
 * The subject of a valid workspace file (one with a side): its files read again as text.
 * `cwd` is where the shown file names start from (an item named by id is found by its shown name).
 */
export function createSubject(file: WorkspaceFile & { side: SideInput }, cwd: string): Subject {
  const read = (path: string, ref: SubjectFile['file'], procedure?: Procedure): SubjectFile => {
    const source = readSource(path);
    // The workspace read this file a moment ago; failing now is the file system's doing, not the user's.
    if (!source.ok) throw new Error(`suggest: ${path} can no longer be read (${source.diagnostic.code})`);
    return { file: ref, path, text: source.text, previousMerges: procedure ? getMergeLists(procedure) : [] };
  };
  const { side } = file;
  if (!('bundle' in side)) return { side, files: [read(file.path, { item: side.id }, side)], load: createLoader() };
  const items = side.items.map((item, k) => {
    const written = side.bundle.items[k]?.file;
    const path = written ? resolve(dirname(file.path), written) : resolve(cwd, item.procedure.file);
    return read(path, { item: item.id }, item.procedure);
  });
  return { side, files: [read(file.path, { bundle: true }), ...items], load: createLoader() };
}

/** Where `procedure` lists what it merged of the version before it: the item's `merges` and its steps'. */
function getMergeLists(procedure: Procedure): DataPath[] {
  return [
    ...(procedure.merges.length > 0 ? [['merges']] : []),
    ...allSteps(procedure.process).filter((s) => s.merges.length > 0).map((s) => [...s.path, 'merges']),
  ];
}

/**
 * The draft as compare takes it, loaded from its text exactly as `wujian compare` would load the written
 * files, its `merges` checked against the version before as compare checks them. A draft that does not
 * validate is a bug in a rule, so it throws with the problems found.
 */
export function loadDraft(subject: Subject, draft: readonly DraftFile[]): SideInput {
  const texts = new Map(draft.filter((d) => d.changed).map((d) => [resolve(d.source), d.text] as const));
  const load: Loader = (file) => {
    const text = texts.get(resolve(file));
    return text === undefined ? subject.load(file) : loadText(file, text);
  };
  // The items are loaded beside the bundle, so that an item the bundle names by id is known to it.
  const [result] = loadFiles(subject.files.map((f) => f.path), load);
  const errors = getErrors(result!.diagnostics);
  if (errors.length > 0 || !result!.document) throw invalidDraft(errors);
  const document = result!.document;
  let side: SideInput = document as Procedure;
  if (document.kind === 'bundle') {
    const procedures = new Map<string, Procedure>('bundle' in subject.side ? subject.side.items.map((i) => [i.id, i.procedure] as const) : []);
    const resolved = resolveBundle(document, { load, procedures });
    const problems = getErrors(resolved.diagnostics);
    if (problems.length > 0) throw invalidDraft(problems);
    side = { bundle: document, items: resolved.items };
  }
  // `wujian compare` checks what the draft merges against the version before, and refuses a pair that fails.
  const merges = checkMerges(itemsOf(subject.side), itemsOf(side));
  if (merges.length > 0) throw invalidDraft(merges);
  return side;
}

function invalidDraft(problems: readonly Diagnostic[]): Error {
  const where = problems.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);
  return new Error(`suggest wrote a draft that does not validate (a rule's bug):\n${where.join('\n')}`);
}
