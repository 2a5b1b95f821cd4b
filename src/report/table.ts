/** The analysis as a readable terminal table, one block per procedure, Chinese by default. */
import type { ProcedureAnalysis, TimeFigure } from '../analysis/types.js';
import { capitalized, FINDING_SEVERITIES, findingText, grouped, limitText, namedLimit, notConverted, num, PATHS, REFORM_MARKS, say, type Lang } from '../vocabulary/index.js';
import { ANALYSIS_ROWS as R, ANALYSIS_VALUES as V } from './analysis-phrases.js';
import { displayWidth } from './frame.js';
import { outcomesText } from './words.js';

/** Renders every analysis as a block of labelled rows. */
export function toTable(analyses: readonly ProcedureAnalysis[], lang: Lang): string {
  return analyses.map((a) => block(a, lang)).join('\n');
}

function block(a: ProcedureAnalysis, lang: Lang): string {
  const rows: Array<[string, string]> = [];
  const add = (label: { zh: string; en: string } | string, value: string) => rows.push([say(label, lang), value]);
  const sep = ' · ';
  const m = a.materials;
  add(R.items, String(a.items));
  add(R.materials, V.materials[lang]({ standardPath: m.standardPath, procedure: m.procedure, copies: m.copies.standardPath, defined: m.defined, sep }));
  const r = m.reform;
  if (r.shared + r.commitment + r.deferred + r.cancelled > 0) {
    add(R.materialsCut, (['shared', 'commitment', 'deferred', 'cancelled'] as const).map((mark) => `${say(REFORM_MARKS[mark].short, lang)} ${r[mark]}`).join(sep));
  }
  const s = a.steps;
  add(R.steps, V.steps[lang]({ standard: num(s.standard), fastest: num(s.fastest), slowest: num(s.slowest), model: s.model, sep }));
  const limits = (['statutory', 'committed'] as const).flatMap((kind) => {
    const limit = a.limits[kind];
    return limit ? [namedLimit(kind, limit, lang) + notConverted(limit, lang)] : [];
  });
  add(R.limits, limits.length > 0 ? limits.join(sep) : say(R.noLimit, lang));
  for (const [name, figure] of [['standard', a.time.standard], ['fastest', a.time.fastest], ['slowest', a.time.slowest]] as const) {
    if (figure) add(V.timeOf[lang](say(PATHS[name].short, lang)), timeWords(figure, lang));
  }
  add(R.fees, V.standardAndMost[lang]({ standard: grouped(a.fees.standard), most: grouped(a.fees.max), sep }));
  add(R.trips, V.standardAndMost[lang]({ standard: num(a.trips.standard), most: num(a.trips.worst), sep }));
  add(R.instant, say(a.instant ? R.yes : R.no, lang));
  add(R.departments, a.departments.join('、') || '—');
  if (a.paths.standard) add(capitalized(say(PATHS.standard.name, lang)), a.paths.standard.stepNames.join(' → '));
  add(R.outcomes, outcomesText(a.paths.outcomes, lang, sep));
  for (const f of a.findings) add(FINDING_SEVERITIES[f.severity], findingText(f, lang));
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  const title = `${a.name} [${a.version.label}]  ${a.file}`;
  const lines = rows.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}  ${value}`);
  return [title, ...lines, ''].join('\n');
}

function timeWords(t: TimeFigure, lang: Lang): string {
  const figures = { elapsed: num(t.elapsed), counted: num(t.counted), uncounted: num(t.uncounted), elapsedText: limitText(num(t.elapsed), 'workday', lang) };
  const text = V.time[lang](figures);
  return t.finish ? text + V.finish[lang]({ date: t.finish.date, days: t.finish.calendarDays }) : text;
}
