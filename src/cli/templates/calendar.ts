/**
 * The calendar template `wujian init --calendar` writes: a year's days off as the statutory holidays
 * under the current law (the same days wujian assumes for that year), marked as a draft to correct
 * from the State Council notice, with comments that say how. It validates as it is.
 */
import { toDayNumber } from '../../model/calendar/dates.js';
import { OFFICIAL_RANGE } from '../../model/calendar/official.js';
import { getStatutoryDays, type StatutoryDay } from '../../model/calendar/statutory.js';
import { HOLIDAYS } from '../../vocabulary/index.js';

/** The year the template is for unless told: the first year the bundled official data does not know. */
export const NEXT_CALENDAR_YEAR = OFFICIAL_RANGE.last + 1;

/** How the file is named where it is used: in wujian.yaml (from that file's folder) and after --calendar (from the working folder). */
export interface CalendarPaths {
  /** The path to write after `calendar:` in the project's wujian.yaml. */
  inSettings: string;
  /** The path to give after --calendar from the folder `init` ran in. */
  onCommandLine: string;
}

/**
 * The text of a calendar file for `year`, whose editor hint points at `schemaRef`.
 * @example createCalendarTemplate(2027, '../schemas/calendar.schema.json', { inSettings: '节假日/2027.yaml', onCommandLine: '节假日/2027.yaml' })
 */
export function createCalendarTemplate(year: number, schemaRef: string, paths: CalendarPaths): string {
  const lines = [
    `# yaml-language-server: $schema=${schemaRef}`,
    `# ${year} 年节假日安排（工作日历）：由 \`wujian init --calendar\` 生成的草稿。`,
    '#',
    '# 下面的放假日期是按《全国年节及纪念日放假办法》推算的法定节假日（逢周末或与其他假日重叠的已顺延补假），',
    `# 还不是国务院的正式安排。国务院办公厅公布“关于${year}年部分节假日安排的通知”后：`,
    '#   1. 按通知改写 holidays（放假）：一天写 { date: 日期, name: 名称 }，连续几天写 { from: 第一天, to: 最后一天, name: 名称 }；',
    '#   2. 在 workdays 中写上调休上班的周六、周日，写法相同；',
    '#   3. 把 source 改为通知的名称和文号；',
    `#   4. 在项目文件夹最上层的 wujian.yaml 中写 calendar: ${paths.inSettings}（路径相对于 wujian.yaml 所在的文件夹），`,
    `#      或在命令后加 --calendar ${paths.onCommandLine}。`,
    '# 本地另有安排的（如本县另放假一天），写在这一年的 holidays 中；写好后运行 wujian validate 本文件 检查。',
    '',
    `name: ${year} 年节假日安排`,
    'years:',
    `  ${year}:`,
    `    source: 按法定节假日推算的草稿，待按国务院办公厅通知核对`,
    '    holidays:                      # 放假',
    ...groupRuns(getStatutoryDays(year)).map((run) => `      - ${run}`),
    '    workdays: []                   # 调休上班，例如 - { date: YYYY-MM-DD, name: 春节 }',
    '',
  ];
  return lines.join('\n');
}

/** Consecutive days of one holiday as one entry: "{ date: …, name: 元旦 }" or "{ from: …, to: …, name: 春节 }". */
function groupRuns(days: readonly StatutoryDay[]): string[] {
  const runs: Array<{ from: string; to: string; holiday: StatutoryDay['holiday'] }> = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && last.holiday === day.holiday && toDayNumber(day.date) === toDayNumber(last.to) + 1) last.to = day.date;
    else runs.push({ from: day.date, to: day.date, holiday: day.holiday });
  }
  return runs.map(({ from, to, holiday }) => {
    const name = HOLIDAYS[holiday].zh;
    return from === to ? `{ date: ${from}, name: ${name} }` : `{ from: ${from}, to: ${to}, name: ${name} }`;
  });
}
