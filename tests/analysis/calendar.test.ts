import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarDaysBetween,
  calendarRange,
  DateBeyondCalendarError,
  DEFAULT_CALENDAR,
  finishDate,
  isWorkingDay,
  WorkCalendar,
} from '../../src/analysis/calendar.js';
import { getStatutoryDays } from '../../src/model/calendar/statutory.js';
import type { CalendarFile } from '../../src/model/calendar/types.js';

const range = calendarRange();
const firstYear = Number(range.first.slice(0, 4));
const lastYear = Number(range.last.slice(0, 4));

describe('calendarRange', () => {
  it('covers whole years from 2004 (the first year in chinese-days) to at least 2025', () => {
    expect(range.first).toBe('2004-01-01');
    expect(range.last).toMatch(/^\d{4}-12-31$/);
    expect(lastYear).toBeGreaterThanOrEqual(2025);
  });
});

describe('isWorkingDay', () => {
  it('follows the official 2024 National Day arrangement: 10-01…10-07 off, 09-29 (Sun) and 10-12 (Sat) on', () => {
    expect(isWorkingDay('2024-10-01')).toBe(false);
    expect(isWorkingDay('2024-10-07')).toBe(false); // Monday, still 国庆
    expect(isWorkingDay('2024-09-29')).toBe(true); // Sunday, 调休
    expect(isWorkingDay('2024-10-12')).toBe(true); // Saturday, 调休
    expect(isWorkingDay('2024-10-13')).toBe(false); // an ordinary Sunday
    expect(isWorkingDay('2024-10-08')).toBe(true); // an ordinary Tuesday
  });

  it('follows the official 春节 2025 arrangement: 01-28…02-04 off, 01-26 (Sun) and 02-08 (Sat) on', () => {
    expect(isWorkingDay('2025-01-26')).toBe(true);
    expect(isWorkingDay('2025-01-28')).toBe(false);
    expect(isWorkingDay('2025-02-04')).toBe(false); // Tuesday, 正月初七
    expect(isWorkingDay('2025-02-08')).toBe(true);
  });

  it('knows the 2020 春节 extension, which cancelled the make-up working day of Saturday 2020-02-01', () => {
    expect(isWorkingDay('2020-01-31')).toBe(false);
    expect(isWorkingDay('2020-02-01')).toBe(false);
    expect(isWorkingDay('2020-02-03')).toBe(true);
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['America/New_York', 'Pacific/Kiritimati', 'Asia/Shanghai']) {
        process.env.TZ = zone;
        expect([isWorkingDay('2024-09-29'), isWorkingDay('2024-09-28'), isWorkingDay('2024-10-01')]).toEqual([true, false, false]);
        expect(addWorkingDays('2024-09-27', 5)).toBe('2024-10-10');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  // chinese-days' own isWorkday() is only right east of UTC (see calendar.ts), so compare only there.
  const packageIsReliable = [0, 6].every((month) => new Date(2024, month, 1).getTimezoneOffset() <= 0);
  it.runIf(packageIsReliable)('agrees with chinese-days isWorkday() on every covered day', () => {
    const disagreements: string[] = [];
    for (let day = 0; day <= calendarDaysBetween(range.first, range.last); day++) {
      const date = new Date(Date.UTC(firstYear, 0, 1 + day)).toISOString().slice(0, 10);
      if (isWorkingDay(date) !== isWorkday(date)) disagreements.push(date);
    }
    expect(disagreements).toEqual([]);
  });

  it('answers for a date outside the covered years too, on assumed days', () => {
    expect(isWorkingDay(`${lastYear + 1}-01-01`)).toBe(false); // 元旦, a statutory holiday
    expect(isWorkingDay('1999-10-01')).toBe(false); // 国庆
    expect(isWorkingDay(range.first)).toBe(false); // 2004-01-01, 元旦: the edges themselves are covered
    expect(() => isWorkingDay(range.last)).not.toThrow();
  });

  it('rejects strings that are not real YYYY-MM-DD dates with a clear message', () => {
    for (const date of ['2024-02-30', '2024-13-01', '2024-1-5', '2024/10/08', '']) {
      expect(() => isWorkingDay(date)).toThrow(/expected a real calendar date written YYYY-MM-DD/);
    }
    expect(isWorkingDay('2024-02-29')).toBe(true); // leap day, a Thursday
  });
});

describe('addWorkingDays', () => {
  it('counts from the day after the start across the 2024 National Day holiday', () => {
    // Start Friday 2024-09-27 (not counted). 09-28 Sat off; 09-29 Sun 调休 = 1; 09-30 Mon = 2;
    // 10-01…10-07 国庆 off; 10-08 Tue = 3; 10-09 Wed = 4; 10-10 Thu = 5.
    expect(addWorkingDays('2024-09-27', 5)).toBe('2024-10-10');
  });

  it('counts 20 working days across 春节 2025', () => {
    // Start Monday 2025-01-20 (not counted). 01-21…01-24 Tue–Fri = 1–4; 01-25 Sat off; 01-26 Sun 调休 = 5;
    // 01-27 Mon = 6; 01-28…02-04 春节 off; 02-05…02-07 Wed–Fri = 7–9; 02-08 Sat 调休 = 10; 02-09 Sun off;
    // 02-10…02-14 Mon–Fri = 11–15; 02-15/16 weekend off; 02-17…02-21 Mon–Fri = 16–20.
    expect(addWorkingDays('2025-01-20', 20)).toBe('2025-02-21');
  });

  it('gives the start itself for 0 days (即办), even on a holiday', () => {
    expect(addWorkingDays('2024-10-01', 0)).toBe('2024-10-01');
    expect(addWorkingDays('2024-10-08', 0)).toBe('2024-10-08');
  });

  it('takes the first working day after a holiday start as day 1', () => {
    expect(addWorkingDays('2024-10-01', 1)).toBe('2024-10-08');
    expect(addWorkingDays('2024-09-28', 1)).toBe('2024-09-29'); // Saturday → the 调休 Sunday
  });

  it('rounds fractional days up to whole working days', () => {
    expect(addWorkingDays('2024-09-27', 2.5)).toBe(addWorkingDays('2024-09-27', 3));
    expect(addWorkingDays('2024-09-27', 2.5)).toBe('2024-10-08');
    expect(addWorkingDays('2024-10-08', 0.1)).toBe('2024-10-09');
  });

  it('rejects a negative or non-finite number of days', () => {
    expect(() => addWorkingDays('2024-10-08', -1)).toThrow(/finite number ≥ 0/);
    expect(() => addWorkingDays('2024-10-08', Number.NaN)).toThrow(/finite number ≥ 0/);
  });

  it('counts on past the covered years on weekends and statutory holidays, never refusing', () => {
    // 2026-12-31 is a Thursday; 2027-01-01 (Friday) is 元旦; 2027-01-04 is the next Monday.
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(addWorkingDays('2003-12-31', 0)).toBe('2003-12-31');
  });

  it('counts up to 9999-12-31, the last date written YYYY-MM-DD, and refuses a count past it with its figures', () => {
    expect(addWorkingDays('9999-12-30', 1)).toBe('9999-12-31'); // a Friday
    const past = (start: string, days: number) => {
      try {
        addWorkingDays(start, days);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(past('9999-12-31', 1)).toBeInstanceOf(DateBeyondCalendarError);
    // Refused by its size before a day is walked (no hang), or on the way.
    expect(past('2099-12-31', 1e12)).toMatchObject({ name: 'DateBeyondCalendarError', start: '2099-12-31', days: 1e12 });
    expect(past('9990-01-01', 3000)).toMatchObject({ name: 'DateBeyondCalendarError', start: '9990-01-01', days: 3000 });
  });
});

describe('calendarDaysBetween and finishDate', () => {
  it('counts calendar days, negative when the end is earlier, across leap days and years', () => {
    expect(calendarDaysBetween('2024-09-27', '2024-10-10')).toBe(13);
    expect(calendarDaysBetween('2024-10-10', '2024-09-27')).toBe(-13);
    expect(calendarDaysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(calendarDaysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(calendarDaysBetween('1990-01-01', '1990-01-01')).toBe(0); // plain arithmetic needs no holiday data
  });

  it('gives the finishing date with the calendar days the applicant waits', () => {
    expect(finishDate('2024-09-27', 5)).toEqual({ date: '2024-10-10', calendarDays: 13 });
    // 2025-01-20 → 2025-02-21: 11 days to 01-31, then 21 in February.
    expect(finishDate('2025-01-20', 20)).toEqual({ date: '2025-02-21', calendarDays: 32 });
    expect(finishDate('2024-10-01', 0)).toEqual({ date: '2024-10-01', calendarDays: 0 });
  });

  it('counts the working days a span of calendar days holds, the start not counted, on the same calendar', () => {
    expect(DEFAULT_CALENDAR.countWorkingDays('2024-09-27', '2024-10-10')).toBe(5);
    expect(DEFAULT_CALENDAR.countWorkingDays('2024-09-27', addWorkingDays('2024-09-27', 20))).toBe(20);
    expect(DEFAULT_CALENDAR.countWorkingDays('2024-10-10', '2024-09-27')).toBe(0);
  });

  it('names the first assumed date a count touched, and none when every day counted is covered', () => {
    expect(finishDate('2026-12-10', 5)).toEqual({ date: '2026-12-17', calendarDays: 7 });
    // 2026-12-28 (Mon) + 5: 12-29, 12-30, 12-31, [2027-01-01 元旦], 01-04, 01-05.
    expect(finishDate('2026-12-28', 5)).toEqual({ date: '2027-01-05', calendarDays: 8, assumed: '2027-01-01' });
    expect(finishDate('2027-01-04', 1)).toEqual({ date: '2027-01-05', calendarDays: 1, assumed: '2027-01-05' });
    expect(finishDate('2027-01-04', 0)).toEqual({ date: '2027-01-04', calendarDays: 0 });
  });
});

describe('the assumed calendar of a year no arrangement covers', () => {
  it('has the statutory holidays off, made up on the next working day when they fall on a weekend', () => {
    // 春节 2027: 除夕 02-05 (Fri) … 初三 02-08 (Mon); 初一 and 初二 fall on the weekend, made up 02-09 and 02-10.
    for (const day of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10']) expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay('2027-02-11')).toBe(true);
    expect(isWorkingDay('2027-02-14')).toBe(false); // a Sunday: no make-up working day is assumed
    expect(DEFAULT_CALENDAR.getYearSource(2027)).toEqual({ source: 'assumed', files: [] });
    expect(DEFAULT_CALENDAR.getYearSource(2026)).toEqual({ source: 'official', files: [] });
  });

  it('gives a year as many working days as the official arrangement did in 2025 and 2026, the years of the current law', () => {
    for (const year of [2025, 2026]) {
      const official = workingDaysIn(year, DEFAULT_CALENDAR);
      // The same year counted as if nobody had published its arrangement.
      const assumed = countAssumed(year);
      expect(assumed, String(year)).toBe(official);
    }
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      const seen = new Set<string>();
      for (const zone of ['America/New_York', 'Pacific/Kiritimati', 'Asia/Shanghai', 'Pacific/Pago_Pago']) {
        process.env.TZ = zone;
        const calendar = new WorkCalendar();
        // 2027: 除夕 02-05 to 初三 02-08 plus two made-up days; 2031: 中秋 on 10-01 (国庆) made up on 10-06.
        seen.add(JSON.stringify([calendar.addWorkingDays('2027-01-29', 10), calendar.addWorkingDays('2031-09-20', 30)]));
      }
      expect([...seen]).toEqual([JSON.stringify(['2027-02-18', '2031-11-06'])]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('a calendar with files', () => {
  const file = (years: Array<{ year: number; off?: string[]; on?: string[] }>, name = 'mine.yaml'): CalendarFile => ({
    file: name,
    years: years.map(({ year, off = [], on = [] }) => ({
      year,
      span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      holidays: new Map(off.map((d) => [d, undefined])),
      workdays: new Map(on.map((d) => [d, undefined])),
      entries: [...off.map((date) => ({ date, off: true, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } })), ...on.map((date) => ({ date, off: false, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } }))],
    })),
  });

  it('takes a year the official data does not know from the file, days not listed being ordinary days', () => {
    const calendar = new WorkCalendar([file([{ year: 2027, off: ['2027-01-01', '2027-01-04'], on: ['2027-01-09'] }])]);
    expect(calendar.isWorkingDay('2027-01-04')).toBe(false);
    expect(calendar.isWorkingDay('2027-01-09')).toBe(true); // a Saturday made a working day
    expect(calendar.isWorkingDay('2027-02-08')).toBe(true); // 春节 is not assumed once the year is supplied
    expect(calendar.getYearSource(2027)).toEqual({ source: 'file', files: ['mine.yaml'] });
    expect(calendar.finishDate('2026-12-28', 5)).toEqual({ date: '2027-01-06', calendarDays: 9 });
  });

  it('changes the given days of a year the official data knows, and a later file wins over an earlier one', () => {
    const county = file([{ year: 2026, off: ['2026-12-14'] }], 'county.yaml');
    const back = file([{ year: 2026, on: ['2026-12-14'] }], 'back.yaml');
    expect(new WorkCalendar([county]).isWorkingDay('2026-12-14')).toBe(false);
    expect(new WorkCalendar([county]).isWorkingDay('2026-10-01')).toBe(false); // 国庆 stays off
    expect(new WorkCalendar([county, back]).isWorkingDay('2026-12-14')).toBe(true);
    expect(new WorkCalendar([county]).getYearSource(2026)).toEqual({ source: 'official+file', files: ['county.yaml'] });
  });
});

/** Working days of `year` on `calendar`. */
function workingDaysIn(year: number, calendar: WorkCalendar): number {
  let count = 0;
  for (let day = 0; day < 366; day++) {
    const date = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);
    if (date.startsWith(String(year)) && calendar.isWorkingDay(date)) count++;
  }
  return count;
}

/** Working days of `year` under the assumption: Monday–Friday less the statutory days (and made-up days) on weekdays. */
function countAssumed(year: number): number {
  const off = new Set(getStatutoryDays(year).map((d) => d.date));
  let count = 0;
  for (let day = 0; day < 366; day++) {
    const time = new Date(Date.UTC(year, 0, 1 + day));
    const date = time.toISOString().slice(0, 10);
    if (date.startsWith(String(year)) && time.getUTCDay() % 6 !== 0 && !off.has(date)) count++;
  }
  return count;
}

/** The error `run` throws (undefined when it throws nothing). */
function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
