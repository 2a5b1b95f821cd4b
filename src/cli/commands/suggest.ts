/**
 * `wujian suggest <file> [-o draft.yaml]`: the reform suggestions for one procedure or bundle, ranked
 * by their measured effect, and the reformed draft; `wujian suggest <folder>`: the opportunities
 * across every item of a catalogue.
 */
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { createCatalogue } from '../../analysis/suggest/catalogue.js';
import { placeDraft } from '../../analysis/suggest/draft.js';
import type { DraftFile } from '../../analysis/suggest/types.js';
import { createSubject } from '../../analysis/suggest/subject.js';
import { suggestReforms, type SuggestOptions } from '../../analysis/suggest/suggest.js';
import { getErrors } from '../../model/diagnostic.js';
import { didYouMean, suggest as closest } from '../../model/suggest.js';
import type { Lang } from '../../model/types.js';
import { loadWorkspace } from '../../model/workspace.js';
import { toCatalogueJson } from '../../report/catalogue-json.js';
import { toCatalogueMarkdown } from '../../report/catalogue-markdown.js';
import { toCatalogueTable } from '../../report/catalogue-table.js';
import { toSuggestionsJson } from '../../report/suggestion-json.js';
import { toSuggestionsMarkdown } from '../../report/suggestion-markdown.js';
import { toSuggestionsTable } from '../../report/suggestion-table.js';
import { toJsonText } from '../../report/terminal-text.js';
import { RULE_KEYS, type RuleKey } from '../../vocabulary/index.js';
import { printDiagnostics } from '../diagnostics.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { say } from '../messages.js';
import { checkOutput, deliver, sendOutput } from '../output.js';
import type { OutputTarget } from '../write.js';
import type { suggestOptions } from '../table/suggest.js';
import type { CommandContext, OptionValues } from '../table/types.js';

type Values = OptionValues<typeof suggestOptions>;

/** Runs `wujian suggest`: rules → one file's suggestions and draft, or a folder's catalogue. */
export async function run({ values, positionals, lang, io, usage }: CommandContext<typeof suggestOptions>): Promise<ExitCode> {
  const only = readRules(values.only, '--only', lang);
  if (typeof only === 'string') return usage(only);
  const skip = readRules(values.skip, '--skip', lang);
  if (typeof skip === 'string') return usage(skip);
  const arg = positionals[0]!;
  const rules = { only, skip, lang, ...(values['step-counting'] ? { stepCounting: values['step-counting'] } : {}) };
  return isFile(resolve(io.cwd, arg)) ? suggestFile(arg, rules, values, lang, io) : suggestFolder(arg, rules, values, lang, io);
}

/** The rules a repeatable, comma-separated option names, or the usage error for an unknown one. */
function readRules(given: readonly string[], option: string, lang: Lang): RuleKey[] | string {
  const keys = given.flatMap((g) => g.split(/[,，、]/)).map((k) => k.trim()).filter(Boolean);
  const unknown = keys.find((k) => !(RULE_KEYS as readonly string[]).includes(k));
  if (unknown === undefined) return keys as RuleKey[];
  const near = closest(unknown, RULE_KEYS);
  return say(lang, 'badRule', { option, found: unknown, known: RULE_KEYS.join(', '), hint: didYouMean(lang, near) });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** One file: its suggestions on standard output, and with -o its draft. */
function suggestFile(arg: string, rules: SuggestOptions, values: Values, lang: Lang, io: IO): ExitCode {
  const workspace = loadWorkspace([arg], io);
  const errors = getErrors(workspace.diagnostics);
  const file = workspace.files.find((f) => f.path === resolve(io.cwd, arg));
  printDiagnostics(io, errors, lang);
  if (errors.length > 0 || !file?.side) return Exit.INVALID;
  const subject = createSubject({ ...file, side: file.side }, io.cwd);
  const result = suggestReforms(subject, rules);
  const json = toSuggestionsJson(subject, result);
  const options = { explain: values.explain, drafted: values.out !== undefined };
  const text = values.format === 'json' ? toJsonText(json) : values.format === 'md' ? toSuggestionsMarkdown(json, lang, options) : toSuggestionsTable(json, lang, options);
  if (values.out === undefined) {
    io.out(text);
    return Exit.OK;
  }
  return writeDraft(arg, values.out, result.total ? result.draft : undefined, { text, inputs: workspace.inputs }, lang, io);
}

/**
 * Writes the draft where -o says, by the rules of -o for every file before any is written (never an
 * input: the before file or an item of its bundle; never a link, a pipe or a folder), after printing
 * the report; a draft sent to standard output is the output, and the report is left out. A bundle's
 * draft with changed items needs a file name, for its items go beside it.
 */
function writeDraft(arg: string, out: string, draft: readonly DraftFile[] | undefined, report: { text: string; inputs: readonly string[] }, lang: Lang, io: IO): ExitCode {
  const main = checkOutput(out, lang, io, { inputs: report.inputs });
  if (typeof main === 'number') return main;
  if (main.kind !== 'stdout') io.out(report.text);
  if (!draft) {
    io.err(say(lang, 'noDraft', { file: out }));
    return Exit.OK;
  }
  const placed = placeDraft(draft, main.kind === 'file' ? main.file : resolve(io.cwd, out));
  if (placed.length > 1 && main.kind !== 'file') {
    io.err(say(lang, 'draftNeedsFile', { file: out }));
    return Exit.USAGE;
  }
  // Each item draft by its path from here (absolute when it lies outside), the main file as -o named it.
  const shown = placed.map((p, i) => (i === placed.length - 1 ? out : relativeOrAbsolute(io.cwd, p.path)));
  const targets: OutputTarget[] = [];
  for (const [i, name] of shown.entries()) {
    const target = i === placed.length - 1 ? main : checkOutput(name, lang, io, { inputs: report.inputs });
    if (typeof target === 'number') return target;
    targets.push(target);
  }
  for (const [i, p] of placed.entries()) {
    const failure = sendOutput(p.text, targets[i]!, io);
    if (failure) {
      io.err(say(lang, 'cannotWrite', { file: shown[i]!, reason: failure }));
      return Exit.INVALID;
    }
    if (targets[i]!.kind === 'file') io.err(say(lang, 'wrote', { file: shown[i]! }));
  }
  if (main.kind === 'file') io.err(say(lang, 'checkDraft', { before: arg, draft: out }));
  return Exit.OK;
}

function relativeOrAbsolute(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** A folder: the catalogue of opportunities across its items. */
async function suggestFolder(arg: string, rules: SuggestOptions, values: Values, lang: Lang, io: IO): Promise<ExitCode> {
  const workspace = loadWorkspace([arg], io);
  const errors = getErrors(workspace.diagnostics);
  printDiagnostics(io, errors, lang);
  const catalogue = createCatalogue(workspace.files, io.cwd, rules);
  const json = toCatalogueJson(catalogue, values.top);
  const text = values.format === 'json' ? toJsonText(json) : values.format === 'md' ? toCatalogueMarkdown(json, lang) : toCatalogueTable(json, lang);
  const failed = await deliver(text, values.out, lang, io, { inputs: workspace.inputs });
  if (failed !== undefined) return failed;
  return errors.length > 0 || workspace.files.length === 0 ? Exit.INVALID : Exit.OK;
}
