/**
 * The calendar's data: the statutory holidays assumed for a year nobody has arranged (checked against
 * the years chinese-days knows), and calendar files users write, with located diagnostics.
 */
import chineseDays from 'chinese-days';
import { describe, expect, it, vi } from 'vitest';
import { isWorkingDay } from '../../src/analysis/calendar.js';
import { checkCalendarFiles } from '../../src/model/calendar/check.js';
import { isIsoDate, LAST_DAY, toDateString, toDayNumber } from '../../src/model/calendar/dates.js';
import { loadCalendarFile } from '../../src/model/calendar/file.js';
import { OFFICIAL_RANGE, OFFICIAL_YEARS } from '../../src/model/calendar/official.js';
import { getStatutoryDays } from '../../src/model/calendar/statutory.js';
import type { HolidayKey } from '../../src/vocabulary/index.js';
import { describe as describeDiagnostic } from '../../src/model/messages.js';
import { createTempDir, places, writeIn } from '../support/files.js';

const dir = createTempDir();

/** Writes `content` to a file under the temp folder (making its folders) and returns its path. */
const write = (name: string, content: string | Uint8Array) => writeIn(dir, name, content);

/** The days of one holiday in a year, made-up days included. */
function daysOf(year: number, holiday: HolidayKey): string[] {
  return getStatutoryDays(year).filter((d) => d.holiday === holiday).map((d) => d.date);
}

describe('the statutory holidays assumed for a year', () => {
  it('in 2027: 春节 from 除夕 with its weekend made up, 清明, 端午 and 中秋 on their lunar and solar-term days', () => {
    expect(daysOf(2027, 'spring-festival')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10']);
    expect(daysOf(2027, 'qingming')).toEqual(['2027-04-05']);
    expect(daysOf(2027, 'labour-day')).toEqual(['2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04']);
    expect(daysOf(2027, 'dragon-boat')).toEqual(['2027-06-09']);
    expect(daysOf(2027, 'mid-autumn')).toEqual(['2027-09-15']);
    expect(daysOf(2027, 'national-day')).toEqual(['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05']);
  });

  it('makes up a holiday that shares its day with another (中秋 on 国庆 2028-10-03) on the next free working day', () => {
    expect(daysOf(2028, 'mid-autumn')).toEqual(['2028-10-05']);
    expect(getStatutoryDays(2028).find((d) => d.date === '2028-10-05')).toMatchObject({ inLieu: true });
    expect(daysOf(2028, 'new-year')).toEqual(['2028-01-01', '2028-01-03']); // a Saturday, made up on Monday
  });

  it('are official days off in 2025 and 2026, the years of the current law', () => {
    for (const year of [2025, 2026]) {
      const official = OFFICIAL_YEARS.get(year)!;
      const own = getStatutoryDays(year).filter((d) => !d.inLieu).map((d) => d.date);
      expect(own.filter((date) => !official.holidays.has(date)), String(year)).toEqual([]);
    }
  });

  it('put 春节 初一–初三, 清明, 端午 and 中秋 on official days off in every year chinese-days knows from 2008', () => {
    // 清明, 端午 and 中秋 became statutory holidays in 2008.
    const lunar: HolidayKey[] = ['spring-festival', 'qingming', 'dragon-boat', 'mid-autumn'];
    const wrong: string[] = [];
    for (let year = 2008; year <= OFFICIAL_RANGE.last; year++) {
      for (const day of getStatutoryDays(year)) {
        if (day.inLieu || !lunar.includes(day.holiday)) continue;
        // Before 2025 除夕 was not a statutory day; the other three days of 春节 were.
        const eve = day.holiday === 'spring-festival' && getStatutoryDays(year).find((d) => d.holiday === 'spring-festival')!.date === day.date;
        if (year < 2025 && eve) continue;
        if (isWorkingDay(day.date)) wrong.push(`${year} ${day.holiday} ${day.date}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // chinese-days' getSolarTermDate formats in the process time zone, so it is only compared east of UTC.
  const packageIsReliable = [0, 6].every((month) => new Date(2024, month, 1).getTimezoneOffset() <= 0);
  it.runIf(packageIsReliable)('put 清明 where chinese-days puts the solar term, 1901–2099', () => {
    const wrong: number[] = [];
    for (let year = 1901; year <= 2099; year++) {
      if (daysOf(year, 'qingming')[0] !== chineseDays.getSolarTermDate(year, 4, 'pure_brightness')) wrong.push(year);
    }
    expect(wrong).toEqual([]);
  });

  it('do not depend on the process time zone', async () => {
    const saved = process.env.TZ;
    const seen = new Set<string>();
    try {
      for (const zone of ['America/New_York', 'Pacific/Pago_Pago', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = zone;
        // A fresh module each time, so that no year comes from the cache of another zone.
        vi.resetModules();
        const fresh = await import('../../src/model/calendar/statutory.js');
        seen.add(JSON.stringify([2027, 2033, 2040, 2051].map((y) => fresh.getStatutoryDays(y))));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(seen.size).toBe(1);
    expect([...seen][0]).toContain('"2027-02-05"');
  });
});

describe('dates and day numbers', () => {
  it("agree with JavaScript's Date from 0000-01-01 to 9999-12-31, each way: every day of 1800–2200, every 11th day else", () => {
    const wrong: string[] = [];
    const [dense, denseEnd] = [toDayNumber('1800-01-01'), toDayNumber('2200-12-31')];
    for (let day = toDayNumber('0000-01-01'); day <= LAST_DAY; day += day >= dense && day <= denseEnd ? 1 : 11) {
      const written = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (toDateString(day) !== written || toDayNumber(written) !== day) wrong.push(`${day} ${written} ${toDateString(day)}`);
    }
    expect(wrong).toEqual([]);
    expect([toDateString(LAST_DAY), toDayNumber('9999-12-31')]).toEqual(['9999-12-31', LAST_DAY]);
  });

  it('are refused for a day its month has not, or anything but YYYY-MM-DD in ASCII digits', () => {
    expect(['2024-02-29', '2000-02-29', '0000-02-29', '2024-04-30', '2024-12-31'].filter(isIsoDate)).toHaveLength(5);
    const refused = ['2023-02-29', '1900-02-29', '2100-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00'];
    refused.push('2024-1-01', '2024/01/01', ' 2024-01-01', '2024-01-01 ', '２０２４-01-01', '2024-0a-01', '+2024-01-01');
    expect(refused.filter(isIsoDate)).toEqual([]);
  });
});

describe('a calendar file', () => {
  it('reads days, runs of days and names, in the years they are listed under', () => {
    const file = write('2027.yaml', [
      '# yaml-language-server: $schema=../schemas/calendar.schema.json',
      'name: 2027 年节假日安排',
      'years:',
      '  2027:',
      '    source: 国务院办公厅通知',
      '    holidays:',
      '      - 2027-01-01',
      '      - { from: 2027-02-06, to: 2027-02-08, name: 春节 }',
      '    workdays:',
      '      - { date: 2027-02-14, name: 春节 }',
      '',
    ].join('\n'));
    const { calendar, diagnostics } = loadCalendarFile(file);
    expect(diagnostics).toEqual([]);
    const year = calendar!.years[0]!;
    expect(year).toMatchObject({ year: 2027, source: '国务院办公厅通知' });
    expect([...year.holidays]).toEqual([['2027-01-01', undefined], ['2027-02-06', '春节'], ['2027-02-07', '春节'], ['2027-02-08', '春节']]);
    expect([...year.workdays]).toEqual([['2027-02-14', '春节']]);
  });

  it('is refused with the place of the first bad byte when it is not UTF-8', () => {
    const gbk = Buffer.concat([Buffer.from('years:\n  2027:\n    holidays:\n      - { date: 2027-01-01, name: '), Buffer.from([0xd4, 0xaa, 0xb5, 0xa9]), Buffer.from(' }\n')]);
    const { calendar, diagnostics } = loadCalendarFile(write('gbk.yaml', gbk));
    expect(calendar).toBeUndefined();
    expect(places(diagnostics)).toEqual(['file-encoding 4:36']);
  });

  it('says what a day that fits no form should be, in both languages', () => {
    const { diagnostics } = loadCalendarFile(write('shape.yaml', 'years:\n  2027:\n    holidays:\n      - 5\n'));
    expect(places(diagnostics)).toEqual(['schema-value 4:9']);
    expect(describeDiagnostic(diagnostics[0]!, 'zh')).toMatchObject({ message: '2027 年放假第 1 项 的写法不对（实际为 5）' });
    expect(describeDiagnostic(diagnostics[0]!, 'en').hint).toContain('{ from, to, name }');
  });

  it('warns, naming the State Council data, when it turns an official day the other way: the file wins', () => {
    const { calendar } = loadCalendarFile(write('turn.yaml', 'years:\n  2026:\n    workdays: [2026-10-02]\n    holidays: [2026-10-10, 2026-12-14]\n'));
    const warnings = checkCalendarFiles([calendar!]);
    expect(places(warnings)).toEqual(['calendar-overrides-official 3:16', 'calendar-overrides-official 4:16']);
    expect(describeDiagnostic(warnings[0]!, 'zh').message).toBe('2026-10-02 在国务院安排（chinese-days 1.5.7）中是放假日（国庆节），本文件写为上班：以本文件为准');
    expect(describeDiagnostic(warnings[1]!, 'en').message).toContain('this file wins');
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('warns when a year the State Council data lacks leaves out statutory holidays, unless another file has them', () => {
    const { calendar: county } = loadCalendarFile(write('county.yaml', 'years:\n  2027:\n    holidays: [{ date: 2027-03-15, name: 县庆 }]\n'));
    const warnings = checkCalendarFiles([county!]);
    expect(places(warnings)).toEqual(['calendar-missing-holidays 2:3']);
    expect(describeDiagnostic(warnings[0]!, 'zh').message).toBe('2027 年的安排中没有 元旦、春节、清明节、劳动节、端午节、中秋节、国庆节：这些日子会按普通工作日计算');
    const { calendar: national } = loadCalendarFile(write('national.yaml', [
      'years:',
      '  2027:',
      '    holidays:',
      ...getStatutoryDays(2027).map((d) => `      - ${d.date}`),
      '',
    ].join('\n')));
    expect(checkCalendarFiles([national!, county!])).toEqual([]);
  });
});
