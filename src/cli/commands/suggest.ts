/**
 * `wujian suggest <file> [-o draft.yaml]`: the reform suggestions for one procedure or bundle, ranked
 * by their measured effect, and the reformed draft; `wujian suggest <folder>`: the opportunities
 * across every item of a catalogue.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createCatalogue } from '../../analysis/suggest/catalogue.js';
import { placeDraft } from '../../analysis/suggest/draft.js';
import { createSubject } from '../../analysis/suggest/subject.js';
import { suggestReforms } from '../../analysis/suggest/suggest.js';
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
import { RULE_KEYS, type RuleKey } from '../../vocabulary/index.js';
import { printDiagnostics } from '../diagnostics.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { say } from '../messages.js';
import { deliver } from '../output.js';
import type { suggestOptions } from '../table/suggest.js';
import type { CommandContext, OptionValues } from '../table/types.js';

type Values = OptionValues<typeof suggestOptions>;

/** Runs `wujian suggest`: rules → one file's suggestions and draft, or a folder's catalogue. */
export function run({ values, positionals, lang, io, usage }: CommandContext<typeof suggestOptions>): ExitCode {
  const only = readRules(values.only, '--only', lang);
  if (typeof only === 'string') return usage(only);
  const skip = readRules(values.skip, '--skip', lang);
  if (typeof skip === 'string') return usage(skip);
  const arg = positionals[0]!;
  const rules = { only, skip, lang };
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
function suggestFile(arg: string, rules: { only: RuleKey[]; skip: RuleKey[]; lang: Lang }, values: Values, lang: Lang, io: IO): ExitCode {
  const workspace = loadWorkspace([arg], io);
  const errors = getErrors(workspace.diagnostics);
  const file = workspace.files.find((f) => f.path === resolve(io.cwd, arg));
  printDiagnostics(io, errors, lang);
  if (errors.length > 0 || !file?.side) return Exit.INVALID;
  const subject = createSubject({ ...file, side: file.side }, io.cwd);
  const result = suggestReforms(subject, rules);
  const json = toSuggestionsJson(subject, result);
  const options = { explain: values.explain, drafted: values.out !== undefined };
  const text = values.format === 'json' ? JSON.stringify(json, null, 2) + '\n' : values.format === 'md' ? toSuggestionsMarkdown(json, lang, options) : toSuggestionsTable(json, lang, options);
  io.out(text);
  if (values.out === undefined) return Exit.OK;
  if (!result.total) {
    io.err(say(lang, 'noDraft', { file: values.out }));
    return Exit.OK;
  }
  const out = resolve(io.cwd, values.out);
  for (const placed of placeDraft(result.draft, out)) {
    // Named as the user named -o, and an item draft beside it by its path from here.
    const shown = placed.path === out ? values.out : relative(io.cwd, placed.path);
    const failed = deliver(placed.text, shown.startsWith('..') ? placed.path : shown, lang, io);
    if (failed !== undefined) return failed;
  }
  io.err(say(lang, 'checkDraft', { before: arg, draft: values.out }));
  return Exit.OK;
}

/** A folder: the catalogue of opportunities across its items. */
function suggestFolder(arg: string, rules: { only: RuleKey[]; skip: RuleKey[]; lang: Lang }, values: Values, lang: Lang, io: IO): ExitCode {
  const workspace = loadWorkspace([arg], io);
  const errors = getErrors(workspace.diagnostics);
  printDiagnostics(io, errors, lang);
  const catalogue = createCatalogue(workspace.files, io.cwd, rules);
  const json = toCatalogueJson(catalogue, values.top);
  const text = values.format === 'json' ? JSON.stringify(json, null, 2) + '\n' : values.format === 'md' ? toCatalogueMarkdown(json, lang) : toCatalogueTable(json, lang);
  const failed = deliver(text, values.out, lang, io);
  if (failed !== undefined) return failed;
  return errors.length > 0 || workspace.files.length === 0 ? Exit.INVALID : Exit.OK;
}
