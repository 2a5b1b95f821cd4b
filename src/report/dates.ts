/**
 * The words beside computed dates, from a DateBasis: where each year's working days came from, and,
 * when some date was computed on an assumed year, the warning that names the first such date and how
 * to supply the arrangement. Every surface takes its text from here (the JSON carries it too), so the
 * table, Markdown, JSON and the web app say the same thing.
 */
import type { DateBasis } from '../analysis/date-basis.js';
import { HOLIDAY_NAMES } from '../model/calendar/holidays.js';
import type { Lang } from '../model/types.js';
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
  const zh = lang === 'zh';
  const official = `${b.official.name} ${b.official.version}`;
  const years = b.years.map((run) => {
    const span = run.from === run.to ? `${run.from}` : `${run.from}–${run.to}`;
    const files = run.files.join(zh ? '、' : ', ');
    switch (run.source) {
      case 'official':
        return zh ? `${span} 年按国务院放假安排（${official}）` : `${span} on the State Council arrangement (${official})`;
      case 'official+file':
        return zh ? `${span} 年按国务院放假安排（${official}），部分日子按 ${files}` : `${span} on the State Council arrangement (${official}) with days from ${files}`;
      case 'file':
        return zh ? `${span} 年按 ${files}` : `${span} on ${files}`;
      case 'assumed':
        return zh ? `${span} 年为推算` : `${span} assumed`;
    }
  });
  const basis = zh
    ? `日期：自 ${b.startDate} 申请起算（申请当日不计，次日起算工作日）；${years.join('；')}`
    : `Dates: counted from the application on ${b.startDate} (working days from the next day); ${years.join('; ')}`;
  if (!b.assumed) return { basis };
  const assumedYears = b.assumed.years.join(zh ? '、' : ', ');
  const next = b.assumed.years[0] ?? Number(b.assumed.firstDate.slice(0, 4));
  const file = zh ? `节假日${next}.yaml` : `holidays-${next}.yaml`;
  const holidays = zh
    ? `${HOLIDAY_NAMES['new-year'].zh}、${HOLIDAY_NAMES['spring-festival'].zh}（除夕至初三）、${HOLIDAY_NAMES.qingming.zh}、${HOLIDAY_NAMES['labour-day'].zh}（2 天）、${HOLIDAY_NAMES['dragon-boat'].zh}、${HOLIDAY_NAMES['mid-autumn'].zh}、${HOLIDAY_NAMES['national-day'].zh}（3 天）`
    : `${HOLIDAY_NAMES['new-year'].en}, ${HOLIDAY_NAMES['spring-festival'].en} (eve to 3rd day), ${HOLIDAY_NAMES.qingming.en}, ${HOLIDAY_NAMES['labour-day'].en} (2 days), ${HOLIDAY_NAMES['dragon-boat'].en}, ${HOLIDAY_NAMES['mid-autumn'].en}, ${HOLIDAY_NAMES['national-day'].en} (3 days)`;
  return {
    basis,
    warning: zh
      ? `${b.assumed.firstDate} 起的日期是推算的：${assumedYears} 年还没有放假调休安排，按周末和法定节假日计算（${holidays}；逢周末或与其他假日重叠的，在其后第一个工作日补假），没有调休上班日，所以节日前后的日期可能与日后公布的安排相差几天。`
      : `Dates from ${b.assumed.firstDate} on are assumed: ${assumedYears} has no holiday arrangement yet, so weekends and the statutory holidays are off (${holidays}; one falling on a weekend or on another holiday is made up on the next working day), with no make-up working days; dates near a holiday may differ by a few days from the arrangement published later.`,
    hint: zh
      ? `国务院办公厅公布 ${next} 年的安排后，运行 wujian init --calendar ${file} 生成日历文件并按通知改写，再在 wujian.yaml 中写 calendar: ${file}（或在命令后加 --calendar ${file}）。`
      : `Once the State Council publishes the ${next} arrangement, run wujian init --calendar ${file}, correct it from the notice, and write calendar: ${file} in wujian.yaml (or add --calendar ${file} to the command).`,
  };
}

/** The words as terminal lines: the basis, then "⚠ warning" and "提示：hint" when dates were assumed. */
export function dateLines(b: DateBasis, lang: Lang): string[] {
  const w = getDateWords(b, lang);
  return [w.basis, ...(w.warning ? [`⚠ ${w.warning}`, `  ${lang === 'zh' ? '提示：' : 'hint: '}${w.hint}`] : [])];
}

/** The words as Markdown: a paragraph, and the warning as a quote that stands out in a report. */
export function dateMarkdown(b: DateBasis, lang: Lang): string {
  const w = getDateWords(b, lang);
  return [cell(w.basis), ...(w.warning ? ['', `> **⚠ ${cell(w.warning)}**`, `> ${cell(w.hint ?? '')}`] : [])].join('\n');
}

/** The basis with its words in both languages, as every JSON output carries it. */
export function toDatesJson(b: DateBasis) {
  return { ...b, text: { zh: getDateWords(b, 'zh'), en: getDateWords(b, 'en') } };
}
