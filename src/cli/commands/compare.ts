/**
 * `wujian compare <before> <after>`: two versions side by side, each a procedure or a bundle; or
 * `wujian compare --all <folders…>`: every id found with an 改革前 and an 改革后 version.
 */
import { resolve } from 'node:path';
import { compareDocuments, type Comparison, type CompareOptions } from '../../analysis/compare/compare.js';
import { itemsOf, type SideInput } from '../../analysis/compare/side.js';
import { checkMerges } from '../../model/check/merges.js';
import { sortDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import { findYamlFiles } from '../../model/files.js';
import { loadFiles } from '../../model/load.js';
import { resolveBundle } from '../../model/resolve-bundle.js';
import type { Document, Lang, Procedure } from '../../model/types.js';
import { toComparisonJson } from '../../report/comparison-json.js';
import { toComparisonMarkdown } from '../../report/comparison-markdown.js';
import { toComparisonTable } from '../../report/comparison-table.js';
import { formatDiagnostic } from '../../report/diagnostics.js';
import { displayPath, Exit, type ExitCode, type IO } from '../io.js';
import { deliver } from '../output.js';
import { sourceReader } from './validate.js';

/** Options of `compare`, already checked by main.ts. */
export interface CompareCommandOptions {
  format: 'table' | 'json' | 'md';
  lang: Lang;
  out?: string;
  /** Compare every before/after pair found under the arguments. */
  all: boolean;
  /** What the comparison itself takes: renames, targets, money settings, volumes. */
  compare: CompareOptions;
}

/** Labels that mark the two sides of a pair. */
export const BEFORE_LABEL = '改革前';
export const AFTER_LABEL = '改革后';

/** Runs `wujian compare`. */
export function compareCommand(args: readonly string[], options: CompareCommandOptions, io: IO): ExitCode {
  const { lang } = options;
  const zh = lang === 'zh';
  const found = findYamlFiles(args.map((a) => resolve(io.cwd, a)));
  const results = loadFiles(found.files);
  const problems: Diagnostic[] = [...found.diagnostics, ...results.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error'))];
  const docs = results.flatMap((r) => (r.document ? [r.document] : []));
  const procedures = proceduresById(docs);
  const toSide = (doc: Document): SideInput | undefined => {
    if (doc.kind === 'procedure') return doc;
    const resolved = resolveBundle(doc, { procedures });
    problems.push(...resolved.diagnostics.filter((d) => d.severity === 'error'));
    return resolved.diagnostics.some((d) => d.severity === 'error') ? undefined : { bundle: doc, items: resolved.items };
  };
  const pairs: Array<[Document, Document]> = [];
  if (options.all) {
    const ids = [...new Set(docs.map((d) => d.id))].sort();
    for (const id of ids) {
      const of = (label: string) => docs.find((d) => d.id === id && d.version?.label === label);
      const before = of(BEFORE_LABEL);
      const after = of(AFTER_LABEL);
      if (before && after) pairs.push([before, after]);
    }
  } else if (problems.length === 0) {
    // Two files, in the order the user wrote them (the same file twice compares it with itself).
    const [before, after] = args.map((arg) => docs.find((d) => resolve(d.file) === resolve(io.cwd, arg)));
    if (!before || !after) {
      io.err(zh ? '错误：compare 需要两个文件（改革前、改革后），不能是文件夹；要对比文件夹中所有文件对，请用 --all\n' : 'error: compare takes two files (before, after), not folders; to compare every pair in a folder, use --all\n');
      return Exit.USAGE;
    }
    pairs.push([before, after]);
  }
  const comparisons: Comparison[] = [];
  for (const [b, a] of pairs) {
    const before = toSide(b);
    const after = toSide(a);
    if (!before || !after) continue;
    // merges: name what the version before has; a typo would turn a 合并 into a 取消 silently.
    const merges = checkMerges(itemsOf(before), itemsOf(after), options.compare.rename);
    problems.push(...merges);
    if (merges.length === 0) comparisons.push(relabel(compareDocuments(before, after, options.compare), io));
  }
  const sourceOf = sourceReader(io);
  problems.push(...comparisons.flatMap((c) => c.warnings));
  for (const d of sortDiagnostics(problems)) io.err(formatDiagnostic({ ...d, file: displayPath(io, d.file) }, lang, sourceOf) + '\n\n');
  if (options.all && pairs.length === 0 && problems.length === 0) {
    io.err(zh ? `错误：没有找到标签为“${BEFORE_LABEL}”和“${AFTER_LABEL}”、id 相同的一对文件\n` : `error: no pair of files with one id and the labels ${BEFORE_LABEL} and ${AFTER_LABEL} was found\n`);
    return Exit.INVALID;
  }
  if (comparisons.length === 0) return Exit.INVALID;
  const text = render(comparisons, options);
  const failed = deliver(text, options.out, lang, io);
  if (failed !== undefined) return failed;
  if (problems.some((d) => d.severity === 'error')) return Exit.INVALID;
  const missed = comparisons.flatMap((c) => c.targets).filter((t) => !t.met).length;
  if (missed > 0) {
    io.err(zh ? `未达标：${missed} 个目标没有达到。\n` : `Targets missed: ${missed}.\n`);
    return Exit.TARGET_MISSED;
  }
  return Exit.OK;
}

function render(comparisons: readonly Comparison[], options: CompareCommandOptions): string {
  if (options.format === 'json') {
    const json = comparisons.map(toComparisonJson);
    return JSON.stringify(options.all ? json : json[0], null, 2) + '\n';
  }
  if (options.format === 'md') {
    const head = options.lang === 'zh' ? '# 改革前后对比\n\n' : '# Before and after the reform\n\n';
    return head + comparisons.map((c) => toComparisonMarkdown(c, options.lang)).join('\n');
  }
  return comparisons.map((c) => toComparisonTable(c, options.lang)).join('\n');
}

/** File names shown relative to the working folder, as the other commands show them. */
function relabel(c: Comparison, io: IO): Comparison {
  const side = (s: Comparison['before']) => ({ ...s, file: displayPath(io, s.file), items: s.items.map((i) => ({ ...i, file: displayPath(io, i.file) })) });
  return { ...c, before: side(c.before), after: side(c.after) };
}


/** The procedures of `docs` by id, for bundle items named by id. */
function proceduresById(docs: readonly Document[]): Map<string, Procedure> {
  return new Map(docs.flatMap((d) => (d.kind === 'procedure' ? [[d.id, d] as const] : [])));
}
