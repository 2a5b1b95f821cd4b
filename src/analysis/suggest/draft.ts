/**
 * The reformed draft: a subject's YAML files with opportunities applied through the yaml library's
 * Document API, so the author's comments, quoting and layout survive, each change has a comment
 * naming its rule and policy basis above it, and every changed file is labelled as a draft.
 */
import { basename, dirname, join, relative, sep } from 'node:path';
import { isMap, isNode, isScalar, isSeq, parseDocument, visit, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import type { DataPath } from '../../model/types.js';
import { DRAFT_WORDS as P, REFORM_RULES, readWord, ruleAction, writtenWord, type AuthoredField, type AuthoredKey, type Lang } from '../../vocabulary/index.js';
import type { Change, DraftFile, FileRef, Opportunity } from './types.js';

/**
 * The version label of a draft: not 改革后, so a draft written beside a reformed version never makes
 * a pair ambiguous; the office relabels it 改革后 when it adopts it.
 */
export const DRAFT_LABEL = '改革后（草案）';

/**
 * How a draft is written: no folding of long lines (a flow mapping the author wrote on one line stays on
 * one line). The yaml library pads every flow collection alike, so a list written "[a, b]" comes out
 * "[ a, b ]": the one change to lines no suggestion touched.
 */
const TO_STRING = { lineWidth: 0 } as const;

/** A value that is a copy of a node of the original file, with some keys set anew. */
export class NodeCopy {
  constructor(
    /** Where the node is in the original file. */
    readonly path: DataPath,
    /** Keys to set on the copy (a map), with values that may be copies too. */
    readonly set: Readonly<Record<string, unknown>> = {},
  ) {}
}

/**
 * A value of an enumerated field (a reform mark, a state type), written as the file writes such values:
 * by key (`shared`, `parallel`) in a file that writes keys, by Chinese word (`数据共享`, `并联`) in a file
 * that writes Chinese words (src/vocabulary/authoring.ts), so a draft keeps its author's style.
 */
export class AuthoredValue<F extends AuthoredField = AuthoredField> {
  constructor(
    /** The field. */
    readonly field: F,
    /** The value's key. */
    readonly key: AuthoredKey<F>,
  ) {}
}

/** Keys whose values tell how a file writes enumerated words, and the field each value belongs to. */
const STYLE_FIELDS: ReadonlyMap<string, AuthoredField> = new Map([
  ['source', 'source'],
  ['actor', 'actor'],
  ['outcome', 'outcome'],
  ['reform', 'reform'],
  ['type', 'stateType'],
  ['submission', 'submission'],
  ['distribution', 'distribution'],
]);

/**
 * True when the file writes enumerated values by their Chinese words: some value of a STYLE_FIELDS key
 * is one of its field's words and not written in ASCII (`actor: 申请人`, not `actor: applicant`).
 */
export function writesChineseWords(doc: Document): boolean {
  let chinese = false;
  visit(doc, {
    Pair(_, pair) {
      const field = STYLE_FIELDS.get(String(isScalar(pair.key) ? pair.key.value : pair.key));
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (field && typeof value === 'string' && /[^\x00-\x7f]/.test(value) && readWord(field, value) !== undefined) {
        chinese = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return chinese;
}

/** One file of a subject: which it is, where it is, and its text. */
export interface SubjectFile {
  /** Which file: an item's, or the bundle's. */
  file: FileRef;
  /** Absolute path. */
  path: string;
  /** Its YAML text as read. */
  text: string;
  /**
   * Where it says what it merged from the version before it (`merges` of the item and of its steps).
   * A draft is the version after this one, so those lists describe an earlier reform and are left out.
   */
  previousMerges: DataPath[];
}

/** True when two file references name the same file. */
export function sameFile(a: FileRef, b: FileRef): boolean {
  return 'bundle' in a ? 'bundle' in b : !('bundle' in b) && a.item === b.item;
}

/**
 * The draft of `files` with `opportunities` applied in order. Files no opportunity touches keep their
 * text; when any file changes, a bundle's own file is labelled a draft too, since it is the draft's
 * entry point, and every file loses the `merges` of the reform before it (the draft's merges name
 * what it merged of these files, as compare checks them).
 */
export function createDraft(files: readonly SubjectFile[], opportunities: readonly Opportunity[], lang: Lang): DraftFile[] {
  const touched = (f: SubjectFile) => opportunities.some((o) => sameFile(o.anchor.file, f.file) || o.changes.some((c) => sameFile(c.file, f.file)));
  const any = files.some(touched);
  return files.map((f) => {
    if (!touched(f) && !(any && ('bundle' in f.file || f.previousMerges.length > 0))) return { file: f.file, source: f.path, text: f.text, changed: false };
    const original = parseDocument(f.text);
    const doc = parseDocument(f.text);
    const chinese = writesChineseWords(original);
    for (const path of f.previousMerges) doc.deleteIn(path);
    for (const o of opportunities) {
      for (const change of o.changes) if (sameFile(change.file, f.file)) apply({ doc, original, chinese }, change);
    }
    for (const o of opportunities) {
      if (sameFile(o.anchor.file, f.file)) addComment(doc, o.anchor.path, commentOf(o, lang));
    }
    relabel(doc, lang, opportunities.length);
    return { file: f.file, source: f.path, text: doc.toString(TO_STRING), changed: true };
  });
}

/** The comment above a change: the rule, its basis, and what it changed. */
export function commentOf(o: Opportunity, lang: Lang): string {
  const rule = REFORM_RULES[o.rule];
  return P.comment[lang]({ rule: rule.name[lang], basis: rule.basis[lang], action: ruleAction(o, lang) });
}

/** A file being drafted: the document changed, the original it copies from, how it writes enumerated words. */
interface Drafting {
  doc: Document;
  original: Document;
  chinese: boolean;
}

function apply(d: Drafting, change: Change): void {
  if (change.op === 'delete') {
    d.doc.deleteIn(change.path);
    return;
  }
  const node = toNode(d, change.value);
  const parent = d.doc.getIn(change.path.slice(0, -1), true);
  const key = change.path[change.path.length - 1];
  const at = change.after === undefined || !isMap(parent) || parent.has(key) ? -1 : parent.items.findIndex((p) => (isScalar(p.key) ? p.key.value : p.key) === change.after);
  if (at < 0) {
    d.doc.setIn(change.path, node);
    return;
  }
  (parent as YAMLMap).items.splice(at + 1, 0, d.doc.createPair(key, node));
}

/**
 * A value as a YAML node: copies cloned from the original file, enumerated values in the file's style,
 * new small maps and lists in flow style.
 */
function toNode(d: Drafting, value: unknown): Node {
  const { doc, original } = d;
  if (value instanceof AuthoredValue) return doc.createNode(d.chinese ? writtenWord(value.field, value.key) : value.key) as Node;
  if (value instanceof NodeCopy) {
    const source = original.getIn(value.path, true);
    if (!isNode(source)) throw new Error(`draft: nothing to copy at ${value.path.join('.')}`);
    const copy = source.clone() as Node;
    for (const [key, v] of Object.entries(value.set)) {
      if (!isMap(copy)) throw new Error(`draft: ${value.path.join('.')} is not a mapping`);
      copy.set(doc.createNode(key), toNode(d, v));
    }
    return copy;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq<Node>();
    for (const v of value) seq.items.push(toNode(d, v));
    compact(seq);
    return seq;
  }
  if (value && typeof value === 'object') {
    const map = new YAMLMap<Node, Node>();
    for (const [key, v] of Object.entries(value)) {
      if (v !== undefined) map.set(doc.createNode(key), toNode(d, v));
    }
    compact(map);
    return map;
  }
  const node = doc.createNode(value) as Node;
  compact(node);
  return node;
}

/** A new map of at most four scalars, or a list of scalars, is written on one line. */
function compact(node: Node): void {
  visit(node, {
    Map(_, m) {
      if (m.items.length <= 4 && m.items.every((p) => isScalar(p.value))) m.flow = true;
    },
    Seq(_, s) {
      if (s.items.every((i) => isScalar(i))) s.flow = true;
    },
  });
}

/**
 * Adds a comment line above the node at `path`, or above the nearest node holding it that is written in
 * block style (a comment inside a { flow } mapping would break its line).
 */
export function addComment(doc: Document, path: DataPath, text: string): void {
  let node: unknown = doc.contents;
  let target: Node | undefined;
  for (const key of path) {
    if (isMap(node) && !node.flow) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      if (!isScalar(pair.key)) pair.key = doc.createNode(pair.key);
      target = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && !node.flow && typeof key === 'number' && isNode(node.items[key])) {
      target = node.items[key] as Node;
      node = target;
    } else {
      break;
    }
  }
  const holder: { commentBefore?: string | null } = target ?? doc;
  const line = text.split('\n').map((l) => ` ${l}`).join('\n');
  holder.commentBefore = holder.commentBefore ? `${holder.commentBefore}\n${line}` : line;
}

/** Labels a drafted file: its version label, and a note at the top saying where it comes from. */
function relabel(doc: Document, lang: Lang, count: number): void {
  if (doc.hasIn(['version'])) doc.setIn(['version', 'label'], DRAFT_LABEL);
  // The file's own opening comment (the schema line, sources) stays first: the note goes after it,
  // where the yaml library keeps it (above the first key).
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  const holder: { commentBefore?: string | null } = isScalar(first) ? first : doc;
  const lines = P.header[lang]({ label: DRAFT_LABEL, count }).split('\n').map((l) => ` ${l}`).join('\n');
  holder.commentBefore = holder.commentBefore ? `${holder.commentBefore}\n${lines}` : lines;
}

/** A file to write: where, and what. */
export interface PlacedFile {
  /** Absolute path. */
  path: string;
  /** YAML text. */
  text: string;
}

/**
 * The files a draft is written as when its main file goes to `out` (absolute): a procedure is one
 * file; a bundle's file goes to `out`, each changed item beside it as "<out name>.<item id>.yaml", and
 * the bundle's `path:` entries point to the drafted items, or back to the unchanged originals.
 * The bundle file comes last, so a reader never finds it naming an item not yet written.
 */
export function placeDraft(draft: readonly DraftFile[], out: string): PlacedFile[] {
  const [main, ...items] = draft;
  if (!main) return [];
  if (!('bundle' in main.file)) return [{ path: out, text: main.text }];
  const folder = dirname(out);
  const stem = basename(out).replace(/\.ya?ml$/i, '');
  const placed = items.map((d) => ({ draft: d, path: d.changed ? join(folder, `${stem}.${(d.file as { item: string }).item}.yaml`) : d.source }));
  const doc = parseDocument(main.text);
  const written = doc.get('items', true);
  if (isSeq(written)) {
    written.items.forEach((node, i) => {
      if (!isMap(node) || !node.has('path')) return;
      const target = placed[i]?.path;
      if (target) node.set('path', relative(folder, target).split(sep).join('/'));
    });
  }
  return [...placed.filter((p) => p.draft.changed).map((p) => ({ path: p.path, text: p.draft.text })), { path: out, text: doc.toString(TO_STRING) }];
}
