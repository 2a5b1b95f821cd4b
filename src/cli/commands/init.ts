/**
 * `wujian init`: write commented starting files that validate as they are, in block style so the
 * editor's completion works everywhere in them. Each template names the files it writes; a new kind of
 * starting file is one more entry in TEMPLATES and in the table's TEMPLATE_WORDS. The holiday calendar
 * (--calendar) stands apart, as it is written for a year (--year, the next one by default) and not
 * from a file: a draft to correct from the State Council notice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, type Scalar } from 'yaml';
import { findSettingsFile } from '../../model/settings.js';
import { Exit, type ExitCode } from '../io.js';
import { say } from '../messages.js';
import { checkOutput, sendOutput } from '../output.js';
import { TEMPLATE_WORDS, type initOptions, type TemplateName } from '../table/init.js';
import type { CommandContext } from '../table/types.js';
import { createCalendarTemplate, NEXT_CALENDAR_YEAR } from '../templates/calendar.js';
import type { OutputTarget } from '../write.js';

const templateFile = (name: string) => fileURLToPath(new URL(`../templates/${name}`, import.meta.url));
const schemaFile = (name: string) => fileURLToPath(new URL(`../../../schemas/${name}`, import.meta.url));

/** A file a template writes. */
interface Planned {
  /** Absolute path. */
  file: string;
  /** Its whole text. */
  text: string;
}

/** The items a new bundle starts with, written beside it (templates/bundle.yaml names these files and ids). */
const BUNDLE_ITEMS = [
  { id: '事项一', name: '事项一（请改为事项名称）' },
  { id: '事项二', name: '事项二（请改为事项名称）' },
] as const;

/** The files each template writes for a target path. */
const TEMPLATES: Record<TemplateName, (target: string) => Planned[]> = {
  procedure: (target) => [{ file: target, text: fromTemplate('procedure.yaml', target, 'procedure.schema.json') }],
  bundle: (target) => [
    { file: target, text: fromTemplate('bundle.yaml', target, 'bundle.schema.json') },
    ...BUNDLE_ITEMS.map((item) => {
      const file = join(dirname(target), `${item.id}.yaml`);
      return { file, text: withIdAndName(fromTemplate('procedure.yaml', file, 'procedure.schema.json'), item.id, item.name) };
    }),
  ],
};

/**
 * A holiday calendar for `year` (templates/calendar.ts), the schema it points at relative to `target`, and
 * the file named as the project's wujian.yaml would name it (from the nearest one's folder, else from
 * the working folder, where it would be made) and as --calendar would from the working folder.
 */
function calendarFile(target: string, year: number, cwd: string): Planned {
  const settings = findSettingsFile(cwd);
  const from = (folder: string) => relative(folder, target).split(sep).join('/');
  const paths = { inSettings: from(settings ? dirname(settings) : cwd), onCommandLine: from(cwd) };
  return { file: target, text: createCalendarTemplate(year, schemaRef(target, 'calendar.schema.json'), paths) };
}

/** Runs `wujian init <file> [--template 事项|一件事]` or `init --calendar <file> [--year N]`; refuses to overwrite unless --force. */
export function run({ values, positionals, lang, io, usage }: CommandContext<typeof initOptions>): ExitCode {
  if (values.year !== undefined && !values.calendar) return usage(say(lang, 'yearWithoutCalendar'));
  if (values.calendar && TEMPLATE_WORDS[values.template] !== 'procedure') return usage(say(lang, 'calendarWithTemplate'));
  const file = positionals[0]!;
  const target = resolve(io.cwd, file);
  if (!/\.ya?ml$/i.test(target)) {
    io.err(say(lang, 'notYaml', { file }));
    return Exit.USAGE;
  }
  const planned = values.calendar ? [calendarFile(target, values.year ?? NEXT_CALENDAR_YEAR, io.cwd)] : TEMPLATES[TEMPLATE_WORDS[values.template]](target);
  const shown = (p: Planned) => relative(io.cwd, p.file) || basename(p.file);
  const existing = values.force ? [] : planned.filter((p) => existsSync(p.file)).map(shown);
  if (existing.length > 0) {
    io.err(say(lang, 'exists', { files: existing }));
    return Exit.INVALID;
  }
  // The rules of -o, for every file before any is written: a link, a pipe or a folder at a name is never replaced.
  const targets: OutputTarget[] = [];
  for (const p of planned) {
    const target = checkOutput(shown(p), lang, io, { argument: true });
    if (typeof target === 'number') return target;
    targets.push(target);
  }
  for (const [i, p] of planned.entries()) {
    const failure = sendOutput(p.text, targets[i]!, io);
    if (failure) {
      io.err(say(lang, 'cannotWrite', { file: shown(p), reason: failure }));
      return Exit.INVALID;
    }
  }
  const check = planned.length > 1 ? relative(io.cwd, dirname(target)) || '.' : file;
  io.out(say(lang, 'initialised', { files: planned.map(shown), check }));
  return Exit.OK;
}

/** A template's text with its first line pointing the editor at `schema`, relative to `target`. */
function fromTemplate(name: string, target: string, schema: string): string {
  return readFileSync(templateFile(name), 'utf8').replace('$SCHEMA', schemaRef(target, schema));
}

/** Where `schema` is from the folder of `target`, as the editor hint's $schema writes it. */
function schemaRef(target: string, schema: string): string {
  return relative(dirname(target), schemaFile(schema)).split('\\').join('/');
}

/** The procedure template as another item: its id and name replaced, comments kept. */
function withIdAndName(text: string, id: string, name: string): string {
  const doc = parseDocument(text);
  (doc.get('id', true) as Scalar).value = id;
  (doc.get('name', true) as Scalar).value = name;
  return doc.toString();
}
