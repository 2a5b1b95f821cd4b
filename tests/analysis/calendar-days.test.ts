/** Calendar days (自然日) on the working-day calendar from a stated date, never 5/7. */
import { describe, expect, it } from 'vitest';
import { workingDaysWithin } from '../../src/analysis/calendar-days.js';
import { analyzeProcedure } from '../../src/analysis/measures.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
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
