import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarDaysBetween,
  calendarRange,
  CalendarRangeError,
  finishDate,
  isWorkingDay,
} from '../../src/analysis/calendar.js';

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

  it('throws a CalendarRangeError naming the covered years for a date outside them', () => {
    for (const date of ['1999-10-01', `${firstYear - 1}-12-31`, `${lastYear + 1}-01-01`]) {
      const error = catchError(() => isWorkingDay(date));
      expect(error).toBeInstanceOf(CalendarRangeError);
      expect(error).toMatchObject({ date, range });
      expect((error as Error).message).toContain(`${firstYear}–${lastYear}`);
    }
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

  it('throws a CalendarRangeError when the count runs past the covered years', () => {
    const error = catchError(() => addWorkingDays(range.last, 1));
    expect(error).toBeInstanceOf(CalendarRangeError);
    expect(error).toMatchObject({ date: `${lastYear + 1}-01-01` });
    expect(catchError(() => addWorkingDays('2003-12-31', 0))).toBeInstanceOf(CalendarRangeError);
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
});

/** The error `run` throws (undefined when it throws nothing). */
function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
