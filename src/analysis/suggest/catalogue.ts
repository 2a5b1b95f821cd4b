/**
 * The catalogue view of `wujian suggest <folder>`: suggestions for every item of a catalogue (each
 * procedure not labelled 改革后 or a draft, each item id once), and what only the whole catalogue shows:
 * the government documents the most items ask for, where sharing one document cuts a material from
 * every item that asks for it. Each item's cut is its own share suggestion's compare figure, so the
 * catalogue's "N materials county-wide" is a sum of compare figures, never an estimate.
 */
import { AFTER_LABEL } from '../../model/pairs.js';
import type { SideInput } from '../../model/resolve-bundle.js';
import type { WorkspaceFile } from '../../model/workspace.js';
import type { RuleKey } from '../../vocabulary/index.js';
import { createSide } from '../compare/side.js';
import type { CountedFigures } from '../compare/measures.js';
import type { Side } from '../compare/types.js';
import { DRAFT_LABEL } from './draft.js';
import { createSubject, type Subject } from './subject.js';
import { suggestReforms, type SuggestOptions } from './suggest.js';
import type { SuggestResult, Suggestion } from './types.js';

/** Rules that look at a bundle's own order; item rules run on each item's own file instead. */
const BUNDLE_RULES: readonly RuleKey[] = ['concurrent'];

/** One item (or bundle) of the catalogue with its suggestions. */
export interface CatalogueEntry {
  /** What was looked at. */
  subject: Subject;
  /** Its suggestions, ranked, and their total. */
  result: SuggestResult;
  /** Its figures as compare counts them, with their counting rules (before any suggestion). */
  before: CountedFigures;
  /** Its figures with every suggestion of the total adopted (the same as before when there is none). */
  after: CountedFigures;
}

/** A document several items ask for that a government department issues, and what sharing it cuts. */
export interface SharedDocument {
  /** The name most items use. */
  name: string;
  /** Every name it is written under. */
  names: string[];
  /** Each item's suggestion to share it. */
  suggestions: Array<{ entry: CatalogueEntry; suggestion: Suggestion }>;
  /** Materials the applicants no longer prepare, summed over the items: each item's compare figure. */
  materialsCut: number;
}

/** The catalogue: every entry, and the shared documents ranked by how many items ask for them. */
export interface Catalogue {
  /** Procedures first, then bundles, each in the order found. */
  entries: CatalogueEntry[];
  /** Government documents by the number of items that ask for them, most first. */
  documents: SharedDocument[];
  /** Files left out because an earlier file has the same item id. */
  repeated: Array<{ file: string; id: string; kept: string }>;
}

/** True when a file is a version before (or without) a reform: not 改革后, not a draft. */
function isCurrent(file: WorkspaceFile): file is WorkspaceFile & { side: SideInput } {
  const label = file.document?.version?.label;
  return file.side !== undefined && label !== AFTER_LABEL && label !== DRAFT_LABEL;
}

/**
 * A document's name with what says only how it is handed in left out, so "营业执照", "营业执照副本"
 * and "营业执照（复印件）" are one document: bracketed notes and a trailing 复印件, 副本, 原件 or 扫描件.
 */
export function documentKey(name: string): string {
  return name.replace(/[（(][^）)]*[）)]/g, '').replace(/(复印件|副本|原件|扫描件)$/, '').trim() || name;
}

/**
 * Suggests reforms for every current procedure and bundle among `files` (a workspace's), with the
 * rules `options` chooses; a bundle gets only the rules about its own order.
 */
export function createCatalogue(files: readonly WorkspaceFile[], cwd: string, options: SuggestOptions = {}): Catalogue {
  const seen = new Map<string, string>();
  const repeated: Catalogue['repeated'] = [];
  const current = files.filter(isCurrent);
  const procedures = current.filter((f) => f.document?.kind === 'procedure');
  const bundles = current.filter((f) => f.document?.kind === 'bundle');
  const entries: CatalogueEntry[] = [];
  for (const file of procedures) {
    const id = file.document!.id;
    const kept = seen.get(id);
    if (kept !== undefined) {
      repeated.push({ file: file.file, id, kept });
      continue;
    }
    seen.set(id, file.file);
    entries.push(entryOf(createSubject(file, cwd), options));
  }
  const bundleRules = BUNDLE_RULES.filter((r) => (!options.only?.length || options.only.includes(r)) && !options.skip?.includes(r));
  if (bundleRules.length > 0) for (const file of bundles) entries.push(entryOf(createSubject(file, cwd), { ...options, only: bundleRules }));
  return { entries, documents: sharedDocuments(entries), repeated };
}

function entryOf(subject: Subject, options: SuggestOptions): CatalogueEntry {
  const result = suggestReforms(subject, options);
  const counted = ({ figures, counting }: Side): CountedFigures => ({ figures, counting });
  const before = counted(result.total?.before ?? createSide(subject.side, { stepCounting: options.stepCounting }));
  return { subject, result, before, after: result.total ? counted(result.total.after) : before };
}

/** The share suggestions of every item, grouped by document, most items first. */
function sharedDocuments(entries: readonly CatalogueEntry[]): SharedDocument[] {
  const groups = new Map<string, Omit<SharedDocument, 'names'> & { counts: Map<string, number> }>();
  for (const entry of entries) {
    for (const suggestion of entry.result.suggestions) {
      const o = suggestion.opportunity;
      if (o.rule !== 'share') continue;
      const name = o.args.material;
      const key = documentKey(name);
      const group = groups.get(key) ?? { name, suggestions: [], materialsCut: 0, counts: new Map<string, number>() };
      group.suggestions.push({ entry, suggestion });
      group.counts.set(name, (group.counts.get(name) ?? 0) + 1);
      group.materialsCut += suggestion.effect.measures.find((m) => m.key === 'materials')?.cut ?? 0;
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map(({ counts, ...group }) => {
      const names = [...counts].sort((a, b) => b[1] - a[1]).map(([n]) => n);
      return { ...group, name: names[0]!, names };
    })
    .sort((a, b) => b.suggestions.length - a.suggestions.length || b.materialsCut - a.materialsCut || a.name.localeCompare(b.name));
}
