/**
 * Compliance findings (facts a reform office must see, not errors in a file): each code with the
 * values it carries, and its sentence in both languages. A new finding is one entry in FindingArgs
 * and one in FINDINGS; the analysis that raises it lives in src/analysis/findings.ts.
 */
import { fill, type Lang, type Template } from './language.js';
import { PATHS, type PathName } from './paths.js';

/** Each finding code and the values its sentence uses. */
export interface FindingArgs {
  /** A named path's counted time is over the committed limit. */
  'exceeds-committed': { path: PathName; counted: number; limit: number };
  /** A named path's counted time is over the statutory limit. */
  'exceeds-statutory': { path: PathName; counted: number; limit: number };
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

function exceeds(code: 'exceeds-committed' | 'exceeds-statutory'): Template<FindingArgs[typeof code]> {
  return {
    zh: (a) => `${PATHS[a.path].name.zh}计入时限的办理时间 ${a.counted} 个工作日，超过${limitName[code].zh} ${a.limit} 个工作日`,
    en: (a) => `The ${PATHS[a.path].name.en} takes ${a.counted} counted working days, more than the ${limitName[code].en} of ${a.limit}`,
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
