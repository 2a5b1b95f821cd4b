/**
 * Reading a cell's text as a value: times with their unit in the cell, the column or the header
 * ("5个工作日", "20天", "即办", "2小时", "十五日"), numbers stored as text or written in Chinese
 * numerals, 是/否 flags, money. Each reader returns undefined for a text it cannot read; what it had to
 * assume (天 read as working days) comes back as a note for the file's comments.
 */
import type { HeaderUnit } from './fields.js';

/** A time read from a cell. */
export type TimeValue =
  | { kind: 'instant' }
  | { kind: 'none' }
  | { kind: 'days'; value: number; max?: number; unit: 'workday' | 'calendar-day' }
  | { kind: 'hours'; value: number; max?: number };

/** A value read from a cell, with what was assumed to read it. */
export interface Reading<T> {
  value: T;
  /** What the importer assumed, in Chinese, for the file's comment (e.g. 天按工作日计). */
  assumed?: string;
}

const INSTANT = /^(即办|即时办结|即时办理|即时|当场办结|当场办理|当场|立即办结|立即|即来即办|现场办结|当即办结|当日办结|当天办结|秒批|秒办)/;
const NONE = /^(无|不适用|无法定时限|无时限|不限|—+|-+|\/)$/;
const NUMBER = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)';
const TIME = new RegExp(`^约?${NUMBER}(?:[-~至到]${NUMBER})?(个)?(工作日|自然日|日历日|天|日|小时|时|h|分钟|个月|月)?`, 'i');
/** What may follow a time: 内, 以内, 左右, then a remark in brackets or after a comma. */
const AFTER_TIME = /^(内|以内|之内|左右)?([（(，,；;。].*)?$/;

/**
 * A time from a cell's text. `columnUnit` is the unit given by the header or a unit column; a number
 * with no unit anywhere is read as working days (assumed).
 * @example readTime('5个工作日') // { value: { kind: 'days', value: 5, unit: 'workday' } }
 */
export function readTime(text: string, columnUnit?: HeaderUnit | 'day'): Reading<TimeValue> | undefined {
  const t = plain(text);
  if (t === '') return undefined;
  if (INSTANT.test(t)) return { value: { kind: 'instant' } };
  if (NONE.test(t)) return { value: { kind: 'none' } };
  const m = TIME.exec(t);
  if (!m) return undefined;
  const value = readNumber(m[1]!);
  const max = m[2] === undefined ? undefined : readNumber(m[2]);
  if (value === undefined || (m[2] !== undefined && max === undefined)) return undefined;
  const range = max !== undefined && max !== value ? { max } : {};
  const unit = m[4]?.toLowerCase();
  const rest = t.slice(m[0].length);
  if (!AFTER_TIME.test(rest)) return undefined; // 一周, 3年, 5个月以上: not a time this reads
  const remark = rest ? `原文“${text.trim()}”` : undefined;
  const join = (...notes: Array<string | undefined>) => notes.filter(Boolean).join('；') || undefined;
  if (unit === '小时' || unit === '时' || unit === 'h' || (!unit && columnUnit === 'hour')) {
    return { value: { kind: 'hours', value, ...range }, assumed: remark };
  }
  if (unit === '分钟') return { value: { kind: 'hours', value: value / 60, ...(range.max ? { max: range.max / 60 } : {}) }, assumed: remark };
  if (unit === '个月' || unit === '月') {
    return { value: { kind: 'days', value: value * 30, ...(range.max ? { max: range.max * 30 } : {}), unit: 'calendar-day' }, assumed: join('一个月按 30 个自然日计', remark) };
  }
  if (unit === '工作日') return { value: { kind: 'days', value, ...range, unit: 'workday' }, assumed: remark };
  if (unit === '自然日' || unit === '日历日') return { value: { kind: 'days', value, ...range, unit: 'calendar-day' }, assumed: remark };
  if (!unit && (columnUnit === 'workday' || columnUnit === 'calendar-day')) return { value: { kind: 'days', value, ...range, unit: columnUnit }, assumed: remark };
  const why = unit || columnUnit === 'day' ? '“天”“日”按工作日计（行政许可法第八十二条）' : '未写单位，按工作日计';
  return { value: { kind: 'days', value, ...range, unit: 'workday' }, assumed: join(why, remark) };
}

/** The unit a unit column's cell names: 工作日, 自然日, 小时, or 天/日 (days of unstated kind). */
export function readUnit(text: string): HeaderUnit | 'day' | undefined {
  const t = plain(text).replace(/^个/, '');
  if (t === '工作日') return 'workday';
  if (t === '自然日' || t === '日历日') return 'calendar-day';
  if (t === '小时' || t === '时') return 'hour';
  if (t === '天' || t === '日') return 'day';
  return undefined;
}

/**
 * A whole or decimal number from text: "3", "３", "1,200", "一", "十五", "二十", "两"; a unit or a
 * few words after it are allowed ("2份", "1次", "约500件").
 */
export function readCount(text: string): Reading<number> | undefined {
  const t = plain(text).replace(/,/g, '');
  const m = new RegExp(`^(?:约|最多|不超过)?${NUMBER}(份|次|件|个|张|套|页|元)?`).exec(t);
  if (!m) return undefined;
  const value = readNumber(m[1]!);
  if (value === undefined) return undefined;
  const rest = t.slice(m[0].length);
  return { value, assumed: rest || /^(约|最多|不超过)/.test(t) ? `原文“${text.trim()}”` : undefined };
}

/** 是/否 and its other spellings as true/false; undefined for anything else. */
export function readFlag(text: string): boolean | undefined {
  const t = plain(text).toLowerCase();
  if (/^(是|√|✓|y|yes|true|有|需要|计入|计算|收费|1)$/.test(t)) return true;
  if (/^(否|×|✗|n|no|false|无|不需要|不计入|不计算|不收费|免费|0)$/.test(t)) return false;
  return undefined;
}

/** An amount of money in yuan: "50", "50元", "50.5 元/件"; 0 for 免费/不收费; undefined otherwise. */
export function readMoney(text: string): Reading<number> | undefined {
  const t = plain(text).replace(/,/g, '');
  if (/^(免费|不收费|无|0)$/.test(t)) return { value: 0 };
  const m = /^(\d+(?:\.\d+)?)(元)?/.exec(t);
  if (!m) return undefined;
  const rest = t.slice(m[0].length);
  return { value: Number(m[1]), assumed: rest ? `原文“${text.trim()}”` : undefined };
}

/** A number in digits or Chinese numerals (up to 千), or undefined. */
export function readNumber(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch === '零' || ch === '〇') continue; // 一百零五: the zero only holds a place
    if (ch in digits) {
      if (digit !== undefined) return undefined;
      digit = digits[ch]!;
    } else if (ch in units) {
      total += (digit ?? 1) * units[ch]!;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + (digit ?? 0);
}

/** Text made comparable: full-width letters and digits half-width, spaces removed. */
export function plain(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
