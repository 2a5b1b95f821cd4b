/**
 * The one pairing rule of `compare --all`, `report <folder>` and `view`: a pair is the version of an
 * item (or bundle) labelled 改革前 and the version with the same id labelled 改革后, among the files
 * found. Where a file sits and what it is called do not matter. An id with only one of the two labels
 * is no pair (the items of a 一件事 exist only before the reform). An id with two files of one label
 * (a stale "before - 副本.yaml" beside before.yaml) is no pair either: each of those files gets a
 * located error naming the others, and nothing is picked silently.
 */
import { createDiagnostic, type Diagnostic } from './diagnostic.js';
import { spanOf } from './locate.js';
import { readYaml } from './parse.js';
import type { WorkspaceFile } from './workspace.js';

/** The label of the version before the reform. */
export const BEFORE_LABEL = '改革前';
/** The label of the version after the reform. */
export const AFTER_LABEL = '改革后';

/** A valid file of the workspace. */
export type PairedFile = WorkspaceFile & { document: NonNullable<WorkspaceFile['document']> };

/** The two versions of one item or bundle. */
export interface Pair {
  /** The id both versions share. */
  id: string;
  /** The version labelled 改革前. */
  before: PairedFile;
  /** The version labelled 改革后. */
  after: PairedFile;
}

/** The pairs among `files` in id order, and an error at each file that makes a pair ambiguous. */
export function findPairs(files: readonly WorkspaceFile[]): { pairs: Pair[]; diagnostics: Diagnostic[] } {
  const byId = new Map<string, { before: PairedFile[]; after: PairedFile[] }>();
  for (const f of files) {
    if (!f.document) continue;
    const label = f.document.version?.label;
    const side = label === BEFORE_LABEL ? 'before' : label === AFTER_LABEL ? 'after' : undefined;
    if (!side) continue;
    const versions = byId.get(f.document.id) ?? { before: [], after: [] };
    versions[side].push(f as PairedFile);
    byId.set(f.document.id, versions);
  }
  const pairs: Pair[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [id, { before, after }] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    if (before.length === 0 || after.length === 0) continue;
    if (before.length === 1 && after.length === 1) {
      pairs.push({ id, before: before[0]!, after: after[0]! });
      continue;
    }
    for (const [label, versions] of [[BEFORE_LABEL, before], [AFTER_LABEL, after]] as const) {
      if (versions.length < 2) continue;
      const names = versions.map((v) => v.file).join(', ');
      for (const v of versions) diagnostics.push(createDiagnostic('pair-ambiguous', v.file, locateLabel(v), { id, label, count: versions.length, files: names }));
    }
  }
  return { pairs, diagnostics };
}

/** Where a file writes its version label, read again since only a problem needs the place. */
function locateLabel(file: WorkspaceFile) {
  const parse = readYaml(file.path);
  return parse.ok ? spanOf(parse.parsed, ['version', 'label']) : undefined;
}
