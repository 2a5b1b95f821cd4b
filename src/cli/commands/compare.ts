/**
 * `wujian compare <before> <after>`: two versions side by side, each a procedure or a bundle; or
 * `wujian compare --all <folders…>`: every pair found by the pairing rule (model/pairs.ts).
 */
import { resolve } from 'node:path';
import { compareDocuments, type Comparison } from '../../analysis/compare/compare.js';
import { itemsOf } from '../../analysis/compare/side.js';
import { checkMerges } from '../../model/check/merges.js';
import { getErrors, hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import { findPairs } from '../../model/pairs.js';
import type { SideInput } from '../../model/resolve-bundle.js';
import type { Lang } from '../../model/types.js';
import { loadWorkspace } from '../../model/workspace.js';
import { toComparisonJson } from '../../report/comparison-json.js';
import { toComparisonMarkdown } from '../../report/comparison-markdown.js';
import { toComparisonTable } from '../../report/comparison-table.js';
import { toJsonText } from '../../report/terminal-text.js';
import { prepareDating } from '../calendar.js';
import { readCompareFlags } from '../compare-args.js';
import { printDiagnostics } from '../diagnostics.js';
import { Exit, type ExitCode } from '../io.js';
import { say } from '../messages.js';
import { checkOutput, deliver } from '../output.js';
import type { ComparedPair } from '../../report/office/index.js';
import type { compareOptions } from '../table/compare.js';
import type { CommandContext } from '../table/types.js';
import { APP_BUILD, getAppFontChunks, prepareBuild } from '../web-build.js';

/**
 * Runs `wujian compare`: load → pair → compare → render → deliver; exit 3 when a target is missed. An
 * Office format loads its writers (and their libraries) only here.
 */
export async function run(context: CommandContext<typeof compareOptions>): Promise<ExitCode> {
  const { values, positionals, lang, io, usage } = context;
  const flags = readCompareFlags(values, io.cwd, lang);
  if (!flags.ok) {
    if (flags.usage) return usage(flags.usage);
    printDiagnostics(io, flags.diagnostics ?? [], lang);
    return Exit.INVALID;
  }
  const dating = prepareDating(context);
  if (typeof dating === 'number') return dating;
  const options = { ...flags.options, ...dating };
  const workspace = loadWorkspace(positionals, io);
  const problems: Diagnostic[] = getErrors(workspace.diagnostics);
  // Sides are absent where a file or a bundle's item has an error, which `problems` then says.
  const pairs: Array<{ before?: SideInput; after?: SideInput }> = [];
  if (values.all) {
    const found = findPairs(workspace.files);
    problems.push(...found.diagnostics);
    pairs.push(...found.pairs.map((p) => ({ before: p.before.side, after: p.after.side })));
  } else if (problems.length === 0) {
    // Two files, in the order the user wrote them (the same file twice compares it with itself).
    const [before, after] = positionals.map((arg) => workspace.files.find((f) => f.path === resolve(io.cwd, arg)));
    if (!before || !after) {
      io.err(say(lang, 'compareFolders'));
      return Exit.USAGE;
    }
    pairs.push({ before: before.side, after: after.side });
  }
  printDiagnostics(io, problems, lang);
  if (values.all && pairs.length === 0 && problems.length === 0) {
    io.err(say(lang, 'noPairs', { folders: positionals.join(' ') }));
    return Exit.INVALID;
  }
  const readPath = (file: string) => resolve(io.cwd, file);
  const compared: ComparedPair[] = [];
  const later: Diagnostic[] = [];
  for (const { before, after } of pairs) {
    if (!before || !after) continue;
    // merges: name what the version before has; a typo would turn a 合并 into a 取消 silently.
    const merges = checkMerges(itemsOf(before), itemsOf(after), flags.options.rename, readPath);
    later.push(...merges);
    if (merges.length === 0) compared.push({ before, after, comparison: compareDocuments(before, after, { ...options, readPath }) });
  }
  const comparisons = compared.map((p) => p.comparison);
  // Problems only a comparison finds (merges against the version before), and its warnings (a bundle limit no case can keep).
  later.push(...comparisons.flatMap((c) => c.warnings));
  printDiagnostics(io, later, lang);
  problems.push(...later);
  if (comparisons.length === 0) return Exit.INVALID;
  // Neither the compared files and their items nor a calendar, targets or rename file is ever replaced by -o.
  const inputs = [...workspace.inputs, ...dating.inputs, ...[values.targets, values['map-file']].flatMap((f) => (f === undefined ? [] : [f]))];
  const { format } = values;
  const office = format === 'docx' || format === 'pptx' || format === 'xlsx';
  // An Office file takes seconds to draw, so a refused -o is said before drawing it.
  if (office && values.out !== undefined && typeof checkOutput(values.out, lang, io, { inputs }) === 'number') return Exit.USAGE;
  let output: string | Buffer;
  if (office) {
    // Word and slides draw their charts with the font the app's build ships (built first in a clone when stale).
    const pictures = format !== 'xlsx';
    if (pictures && !(await prepareBuild(APP_BUILD, lang, io))) return Exit.INVALID;
    const { writeComparisons } = await import('../../report/office/index.js');
    output = await writeComparisons(format, compared, lang, pictures ? getAppFontChunks() : []);
  } else {
    output = render(comparisons, format, values.all, lang);
  }
  const failed = await deliver(output, values.out, lang, io, { inputs });
  if (failed !== undefined) return failed;
  if (hasErrors(problems)) return Exit.INVALID;
  const missed = comparisons.flatMap((c) => c.targets).filter((t) => !t.met).length;
  if (missed > 0) {
    io.err(say(lang, 'targetsMissed', { count: missed }));
    return Exit.TARGET_MISSED;
  }
  return Exit.OK;
}

function render(comparisons: readonly Comparison[], format: 'table' | 'json' | 'md', all: boolean, lang: Lang): string {
  if (format === 'json') {
    const json = comparisons.map(toComparisonJson);
    return toJsonText(all ? json : json[0]);
  }
  if (format === 'md') return say(lang, 'comparisonTitle') + comparisons.map((c) => toComparisonMarkdown(c, lang)).join('\n');
  return comparisons.map((c) => toComparisonTable(c, lang)).join('\n');
}
