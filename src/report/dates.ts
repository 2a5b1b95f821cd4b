/**
 * The words beside computed dates, from a DateBasis: where each year's working days came from, and,
 * when some date was computed on an assumed year, the warning that names the first such date and how
 * to supply the arrangement. Every surface takes its text from here (the JSON carries it too), so the
 * table, Markdown, JSON and the web app say the same thing.
 */
import type { DateBasis } from '../analysis/date-basis.js';
import { LUNAR_HOLIDAYS } from '../model/calendar/statutory.js';
import { clauseSeparator, DATE_WORDS, HOLIDAY_KEYS, HOLIDAY_WITH_SPAN, HOLIDAYS, listSeparator, YEAR_SOURCES, type Lang } from '../vocabulary/index.js';
import { HINT } from './diagnostics.js';
import { cell } from './markdown.js';

/** The words of a date basis in one language. */
export interface DateWords {
  /** How the dates are counted and where each year comes from. */
  basis: string;
  /** The warning when some date is computed on assumed days. */
  warning?: string;
  /** How to supply the missing arrangement, beside the warning. */
  hint?: string;
}

/**
 * The words of `b` in `lang`.
 * @example getDateWords(basis, 'zh').warning // "2027-01-01 起的日期是推算的：……"
 */
export function getDateWords(b: DateBasis, lang: Lang): DateWords {
  const official = `${b.official.name} ${b.official.version}`;
  const years = b.years.map((run) =>
    YEAR_SOURCES[run.source][lang]({ span: run.from === run.to ? `${run.from}` : `${run.from}–${run.to}`, official, files: run.files.join(listSeparator(lang)) }),
  );
  const basis = DATE_WORDS.basis[lang]({ start: b.startDate, years: years.join(clauseSeparator(lang)) });
  if (!b.assumed) return { basis };
  const year = b.assumed.years[0] ?? Number(b.assumed.firstDate.slice(0, 4));
  const holidays = HOLIDAY_KEYS.map((h) => HOLIDAY_WITH_SPAN[lang](h)).join(listSeparator(lang));
  const warning = DATE_WORDS.warning[lang]({ first: b.assumed.firstDate, years: b.assumed.years.join(listSeparator(lang)), holidays });
  const lunar = b.assumed.withoutLunar;
  const lunarHolidays = LUNAR_HOLIDAYS.map((h) => HOLIDAYS[h][lang]).join(listSeparator(lang));
  const without = lunar && DATE_WORDS.withoutLunar[lang]({ years: lunar.join(listSeparator(lang)), holidays: lunarHolidays });
  return {
    basis,
    warning: without ? `${warning}${lang === 'zh' ? '' : ' '}${without}` : warning,
    hint: DATE_WORDS.hint[lang]({ year, file: DATE_WORDS.fileName[lang](year) }),
  };
}

/** The words as terminal lines: the basis, then "⚠ warning" and "提示：hint" when dates were assumed. */
export function dateLines(b: DateBasis, lang: Lang): string[] {
  const w = getDateWords(b, lang);
  return [w.basis, ...(w.warning ? [`⚠ ${w.warning}`, `  ${HINT[lang]}${w.hint}`] : [])];
}

/** The words as Markdown: a paragraph, and the warning as a quote that stands out in a report. */
export function dateMarkdown(b: DateBasis, lang: Lang): string {
  const w = getDateWords(b, lang);
  return [cell(w.basis), ...(w.warning ? ['', `> **⚠ ${cell(w.warning)}**`, `> ${cell(w.hint ?? '')}`] : [])].join('\n');
}

/** The basis (with what else it carries: a simulation's assumedCases) and its words in both languages, as every JSON output carries it. */
export function toDatesJson<B extends DateBasis>(b: B) {
  return { ...b, text: { zh: getDateWords(b, 'zh'), en: getDateWords(b, 'en') } };
}
