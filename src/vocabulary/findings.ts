/**
 * Compliance findings (facts a reform office must see, not errors in a file): each code with the
 * values it carries, and its sentence in both languages. A new finding is one entry in FindingArgs
 * and one in FINDINGS; the analysis that raises it lives in src/analysis/findings.ts.
 */
import { fill, type Lang, type Template } from './language.js';
import { percent } from './numbers.js';

/** What a limit breach says: the worst path over every path (compliance.ts), its probability, and the cases over the limit. */
export interface ExceedsArgs {
  /** Counted working days of the worst path (every step at its longest). */
  counted: number;
  /** The limit in working days. */
  limit: number;
  /** The worst path's probability (0–1). */
  probability: number;
  /** Share of cases over the limit with most likely durations (0–1). */
  breachMode: number;
  /** Share of cases over the limit with every step at its longest (0–1). */
  breachMax: number;
  /** The worst path's steps, joined by " → ". */
  steps: string;
  /** False when a large parallel block was counted at its elapsed time, so `counted` is an upper bound. */
  exact: boolean;
  /** A limit written in calendar days: the days as written. */
  days?: number;
  /** A limit written in calendar days: the date its working days were counted from. */
  from?: string;
}

/** Each finding code and the values its sentence uses. */
export interface FindingArgs {
  /** Some path's counted time is over the committed limit: the worst path and how often cases breach it. */
  'exceeds-committed': ExceedsArgs;
  /** Some path's counted time is over the statutory limit: the worst path and how often cases breach it. */
  'exceeds-statutory': ExceedsArgs;
  /** The standard path takes the applicant in person more than once; `steps` names the return trips. */
  'return-trips': { trips: number; steps: string };
  /** A correction loop may run more than once (not 一次性告知). */
  'correction-repeats': { step: string; event: string; max: number };
}

/** A kind of finding. */
export type FindingCode = keyof FindingArgs;

/** Warnings need action; notes inform. */
export type FindingSeverity = 'warning' | 'note';

/** A compliance finding on a procedure, its values typed by its code. */
export type Finding = {
  [C in FindingCode]: {
    /** Kind of finding. */
    code: C;
    /** Warnings need action; notes inform. */
    severity: FindingSeverity;
    /** Values for the sentence. */
    args: FindingArgs[C];
  };
}[FindingCode];

const limitName = { 'exceeds-committed': { zh: '承诺办结时限', en: 'committed limit' }, 'exceeds-statutory': { zh: '法定办结时限', en: 'statutory limit' } } as const;

/** A limit written in calendar days, after the breach: the days as written and the date counted from. */
const calendarLimit: Template<ExceedsArgs> = {
  zh: (a) => (a.from === undefined ? '' : `（时限 ${a.days} 个自然日，自 ${a.from} 起算在工作日历上合 ${a.limit} 个工作日）`),
  en: (a) => (a.from === undefined ? '' : ` (the limit is ${a.days} calendar days: from ${a.from}, ${a.limit} working days on the calendar)`),
};

/** Said when the counted time is an upper bound. */
const upperBound: Template<ExceedsArgs> = {
  zh: (a) => (a.exact ? '' : '（并联块过大，按块的办理时长计，为上限）'),
  en: (a) => (a.exact ? '' : ' (a large parallel block counted at its elapsed time: an upper bound)'),
};

function exceeds(code: 'exceeds-committed' | 'exceeds-statutory'): Template<ExceedsArgs> {
  return {
    zh: (a) =>
      `最坏路径（各环节取最长用时）计入时限的时间 ${a.counted} 个工作日，超过${limitName[code].zh} ${a.limit} 个工作日${calendarLimit.zh(a)}；` +
      `该路径概率 ${percent(a.probability)}：${a.steps}。超时限的案件比例：按最可能用时 ${percent(a.breachMode)}，各环节取最长用时 ${percent(a.breachMax)}${upperBound.zh(a)}`,
    en: (a) =>
      `The worst path (every step at its longest) counts ${a.counted} working days, more than the ${limitName[code].en} of ${a.limit}${calendarLimit.en(a)}; ` +
      `its probability ${percent(a.probability)}: ${a.steps}. Cases over the limit: ${percent(a.breachMode)} with most likely durations, ${percent(a.breachMax)} with the longest${upperBound.en(a)}`,
  };
}

/** Every finding's sentence. */
export const FINDINGS: { readonly [C in FindingCode]: Template<FindingArgs[C]> } = {
  'exceeds-committed': exceeds('exceeds-committed'),
  'exceeds-statutory': exceeds('exceeds-statutory'),
  'return-trips': {
    zh: (a) => `标准路径申请人需到现场 ${a.trips} 次，未做到“最多跑一次”；需再次到现场的环节：${a.steps}`,
    en: (a) => `On the standard path the applicant comes in person ${a.trips} times, not "at most one trip"; return trips at: ${a.steps}`,
  },
  'correction-repeats': {
    zh: (a) => `环节“${a.step}”的补正/退回（${a.event}）最多可发生 ${a.max} 次，未落实一次性告知（行政许可法第三十二条）`,
    en: (a) => `Step "${a.step}" may send the case back (${a.event}) up to ${a.max} times: not 一次性告知 (told everything at once, Art. 32)`,
  },
};

/** The finding's sentence in `lang`. */
export function findingText(finding: Finding, lang: Lang): string {
  return fill(FINDINGS[finding.code] as Template<typeof finding.args>, lang, finding.args);
}

/** How a finding's severity is marked in a list: "⚠ 发现", "ℹ 提示". */
export const FINDING_SEVERITIES = {
  warning: { zh: '⚠ 发现', en: '⚠ finding' },
  note: { zh: 'ℹ 提示', en: 'ℹ note' },
} as const;
