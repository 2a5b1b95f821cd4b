/**
 * `wujian init`: write a commented starting procedure that validates as it is, or with --calendar a
 * holiday calendar for a year (the next one by default) to correct from the State Council notice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Exit, type ExitCode } from '../io.js';
import { say } from '../messages.js';
import type { initOptions } from '../table/init.js';
import type { CommandContext } from '../table/types.js';
import { createCalendarTemplate, NEXT_CALENDAR_YEAR } from '../templates/calendar.js';
import { writeWhole } from '../write.js';

const TEMPLATE = fileURLToPath(new URL('../templates/procedure.yaml', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../../schemas/procedure.schema.json', import.meta.url));
const CALENDAR_SCHEMA = fileURLToPath(new URL('../../../schemas/calendar.schema.json', import.meta.url));

/** Runs `wujian init <file>` (or `init --calendar <file>`); refuses to overwrite unless --force. */
export function run({ values, positionals, lang, io, usage }: CommandContext<typeof initOptions>): ExitCode {
  if (values.year !== undefined && !values.calendar) return usage(say(lang, 'yearWithoutCalendar'));
  const file = positionals[0]!;
  const target = resolve(io.cwd, file);
  if (!/\.ya?ml$/i.test(target)) {
    io.err(say(lang, 'notYaml', { file }));
    return Exit.USAGE;
  }
  if (existsSync(target) && !values.force) {
    io.err(say(lang, 'exists', { file }));
    return Exit.INVALID;
  }
  const schemaRef = (schema: string) => relative(dirname(target), schema).split('\\').join('/');
  const text = values.calendar
    ? createCalendarTemplate(values.year ?? NEXT_CALENDAR_YEAR, schemaRef(CALENDAR_SCHEMA), basename(target))
    : readFileSync(TEMPLATE, 'utf8').replace('$SCHEMA', schemaRef(SCHEMA));
  const failure = writeWhole(target, text);
  if (failure) {
    io.err(say(lang, 'cannotWrite', { file, reason: failure }));
    return Exit.INVALID;
  }
  io.out(say(lang, 'initialised', { file }));
  return Exit.OK;
}
