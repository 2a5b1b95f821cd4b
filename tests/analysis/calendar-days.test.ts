/** Calendar days (自然日) on the working-day calendar from a stated date, never 5/7. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { limitFigure, workingDaysWithin } from '../../src/analysis/calendar-days.js';
import { WorkCalendar } from '../../src/analysis/calendar.js';
import type { CalendarFile } from '../../src/model/calendar/types.js';
import { analyzeBundle } from '../../src/analysis/bundle.js';
import { compareDocuments } from '../../src/analysis/compare/compare.js';
import { analyzeProcedure } from '../../src/analysis/measures.js';
import { loadFile, loadText } from '../../src/model/load.js';
import type { Bundle, Procedure } from '../../src/model/types.js';
import { ruleNotes } from '../../src/report/comparison-words.js';
import { toTable } from '../../src/report/table.js';
import { findingText } from '../../src/report/words.js';
import { fixture } from '../support/files.js';

describe('a limit in calendar days', () => {
  it('holds the working days the calendar has from the start date: 30 from 2024-09-27 are 17, from 2024-06-03 are 21', () => {
    expect(workingDaysWithin('2024-09-27', 30)).toBe(17);
    expect(workingDaysWithin('2024-06-03', 30)).toBe(21);
  });

  const procedure = loadFile(fixture('counting', 'calendar-limit.yaml')).document as Procedure;

  it('is reported as written, with the working days it holds from the version date', () => {
    expect(analyzeProcedure(procedure).limits.statutory).toEqual({ days: 30, unit: 'calendar-day', instant: false, workdays: 17, from: '2024-09-27' });
  });

  it('is checked on the calendar and says from which date: 18 counted working days break it from 2024-09-27', () => {
    const analysis = analyzeProcedure(procedure);
    const finding = analysis.findings.find((f) => f.code === 'exceeds-statutory')!;
    expect(findingText(finding, 'zh')).toContain('超过法定办结时限 17 个工作日（时限 30 个自然日，自 2024-09-27 起算在工作日历上合 17 个工作日）');
  });

  it('moves with the application date: from 2024-06-03 the same 30 calendar days hold 21 working days, and 18 is within', () => {
    const analysis = analyzeProcedure(procedure, { startDate: '2024-06-03' });
    expect(analysis.limits.statutory).toMatchObject({ workdays: 21, from: '2024-06-03' });
    expect(analysis.findings.filter((f) => f.code === 'exceeds-statutory')).toEqual([]);
  });
});

describe('a limit in calendar days with no date to count from', () => {
  // The same file without version.date, as `wujian import` writes a 实施清单 row "30 自然日".
  const text = readFileSync(fixture('counting', 'calendar-limit.yaml'), 'utf8').replace(', date: 2024-09-27', '');
  const loaded = loadText('undated.yaml', text);
  const procedure = loaded.document as Procedure;

  it('is valid, with a located warning in both languages', () => {
    expect(loaded.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['calendar-day-without-date', 'warning', 7]]);
  });

  it('is given as written with no working days, never 5/7, and not checked against any path', () => {
    const analysis = analyzeProcedure(procedure);
    expect(analysis.limits.statutory).toEqual({ days: 30, unit: 'calendar-day', instant: false });
    expect(analysis.compliance).toEqual([]);
    expect(toTable([analysis], 'zh')).toContain('法定 30 个自然日（没有起算日期，未折算为工作日，不做对比和合规检查）');
  });

  it('has no figure in a comparison, and the note says why', () => {
    const row = compareDocuments(procedure, procedure).measures.find((m) => m.key === 'statutoryLimit')!;
    expect(row).toMatchObject({ before: null, after: null, asWritten: { before: { days: 30, unit: 'calendar-day' } } });
    expect(ruleNotes(row, 'zh')[0]).toBe('改革前写为 30 个自然日，没有起算日期（version.date 或 --start-date），未折算为工作日（不按 5/7 折算），不计数值');
  });

  it('is counted once a date is given: --start-date 2024-09-27 gives 17 working days', () => {
    expect(analyzeProcedure(procedure, { startDate: '2024-09-27' }).limits.statutory).toMatchObject({ workdays: 17, from: '2024-09-27' });
  });

  it('leaves a bundle that holds it with no critical path of that limit, and names the item apart from those with none', () => {
    const bundle: Bundle = { kind: 'bundle', file: 'b.yaml', id: 'b', name: '示例一件事', submission: 'separate', items: [], sameMaterials: [] };
    const limits = analyzeBundle(bundle, [{ id: procedure.id, procedure, after: [] }]).limits.statutory;
    expect(limits).toMatchObject({ rule: 'limit-critical-path', missing: [], undated: ['自然日时限示例'] });
    expect(limits.total).toBeUndefined();
  });
});

describe('a limit in calendar days on the user\'s calendar', () => {
  const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  /** A calendar file that makes 2024-10-08 a county holiday. */
  const county: CalendarFile = {
    file: 'county.yaml',
    years: [{ year: 2024, span: at, holidays: new Map([['2024-10-08', '县庆']]), workdays: new Map(), entries: [{ date: '2024-10-08', off: true, span: at }] }],
  };

  it('counts the working days that calendar has: a county holiday in the span leaves 16 of the 17', () => {
    expect(workingDaysWithin('2024-09-27', 30, new WorkCalendar([county]))).toBe(16);
    expect(limitFigure({ days: 30, unit: 'calendar-day', instant: false }, '2024-09-27', new WorkCalendar([county]))).toMatchObject({ workdays: 16, from: '2024-09-27' });
  });

  it('says from which date it rests on assumed days (a year no arrangement covers), and the words say so', () => {
    const figure = limitFigure({ days: 30, unit: 'calendar-day', instant: false }, '2026-12-20')!;
    expect(figure).toMatchObject({ from: '2026-12-20', assumed: '2027-01-01' });
    const procedure = loadFile(fixture('counting', 'calendar-limit.yaml')).document as Procedure;
    expect(toTable([{ ...analyzeProcedure(procedure), limits: { statutory: figure } }], 'zh')).toContain(`30 个自然日（自 2026-12-20 起算合 ${figure.workdays} 个工作日；2027-01-01 起为推算）`);
    const row = compareDocuments(procedure, procedure, { startDate: '2026-12-20' }).measures.find((m) => m.key === 'statutoryLimit')!;
    expect(row.asWritten?.before).toEqual({ days: 30, unit: 'calendar-day', from: '2026-12-20', assumed: '2027-01-01' });
    expect(ruleNotes(row, 'zh')[0]).toBe(`改革前写为 30 个自然日，自 2026-12-20 起算在工作日历上合 ${figure.workdays} 个工作日（不按 5/7 折算；2027-01-01 起为推算）`);
  });
});
