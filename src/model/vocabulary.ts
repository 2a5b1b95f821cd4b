/**
 * The words of the enumerated fields authors write: for each value the model keeps, its Chinese and
 * English labels and the other spellings people use. A YAML file may write the value, its Chinese
 * word or any of its other spellings (`source: 申请人自备`, `actor: 申请人`, `online: III级`); the
 * schemas list exactly these words (a test keeps them equal), and normalize turns each into its value.
 * The importer reads spreadsheet cells through the same table.
 */

/** One value of an enumerated field and the words for it. */
export interface Term {
  /** The value the model keeps (what analysis, reports and JSON see). */
  value: string;
  /** The Chinese word; also accepted in YAML. */
  zh: string;
  /** An English label for people. */
  en: string;
  /** Other spellings accepted in YAML, e.g. 三级 and III级 (Latin letters) for Ⅲ级. */
  also?: readonly string[];
}

/** Every enumerated field whose values have Chinese words besides their English ones. */
export const VOCABULARY = {
  /** 来源渠道 of a material. */
  source: [
    { value: 'applicant', zh: '申请人自备', en: 'prepared by the applicant', also: ['申请人'] },
    { value: 'government', zh: '政府部门核发', en: 'issued by a government department', also: ['政府部门'] },
    { value: 'third-party', zh: '中介机构', en: 'issued by a third party', also: ['第三方', '第三方机构'] },
  ],
  /** 办理角色 of a step. */
  actor: [
    { value: 'applicant', zh: '申请人', en: 'applicant' },
    { value: 'window', zh: '窗口', en: 'service window', also: ['综合受理窗口'] },
    { value: 'department', zh: '审批部门', en: 'department', also: ['部门'] },
    { value: 'expert', zh: '专家', en: 'expert' },
    { value: 'third-party', zh: '第三方机构', en: 'third party', also: ['第三方', '中介机构'] },
    { value: 'system', zh: '系统', en: 'system (automatic)', also: ['系统自动', '秒批'] },
  ],
  /** 办理结果 of a final state. */
  outcome: [
    { value: 'approved', zh: '准予', en: 'approved', also: ['办结'] },
    { value: 'rejected', zh: '不予许可', en: 'rejected', also: ['不予批准'] },
    { value: 'withdrawn', zh: '撤回', en: 'withdrawn' },
  ],
  /** 改革方式 of a material in a reformed version. */
  reform: [
    { value: 'shared', zh: '数据共享', en: 'shared by data', also: ['电子证照'] },
    { value: 'commitment', zh: '告知承诺', en: 'replaced by a commitment' },
    { value: 'deferred', zh: '容缺后补', en: 'handed in later' },
    { value: 'cancelled', zh: '取消', en: 'cancelled' },
    { value: 'merged', zh: '合并', en: 'merged into another material', also: ['并入'] },
  ],
  /** Unit of a time limit. */
  limitUnit: [
    { value: 'workday', zh: '工作日', en: 'working days' },
    { value: 'calendar-day', zh: '自然日', en: 'calendar days' },
  ],
  /** Unit of a step's duration. */
  durationUnit: [
    { value: 'workday', zh: '工作日', en: 'working days' },
    { value: 'hour', zh: '小时', en: 'hours' },
  ],
  /** How a simulation draws a duration. */
  distribution: [
    { value: 'fixed', zh: '固定', en: 'fixed' },
    { value: 'uniform', zh: '均匀分布', en: 'uniform', also: ['均匀'] },
    { value: 'triangular', zh: '三角分布', en: 'triangular', also: ['三角'] },
    { value: 'lognormal', zh: '对数正态分布', en: 'lognormal', also: ['对数正态'] },
  ],
  /** Kind of state: an ordinary step, a parallel block or an end. */
  stepType: [
    { value: 'step', zh: '环节', en: 'step' },
    { value: 'parallel', zh: '并联', en: 'parallel block', also: ['并联审批'] },
    { value: 'final', zh: '终止', en: 'final state', also: ['终止状态'] },
  ],
  /** 网办深度: the value is the Roman numeral the national standard writes. */
  online: [
    { value: 'Ⅰ级', zh: 'Ⅰ级', en: 'level I (information online)', also: ['一级', 'I级', '1级'] },
    { value: 'Ⅱ级', zh: 'Ⅱ级', en: 'level II (pre-check online)', also: ['二级', 'II级', '2级'] },
    { value: 'Ⅲ级', zh: 'Ⅲ级', en: 'level III (handled online, at most one trip)', also: ['三级', 'III级', '3级'] },
    { value: 'Ⅳ级', zh: 'Ⅳ级', en: 'level IV (fully online, no trip)', also: ['四级', 'IV级', '4级'] },
  ],
  /** How a bundle's materials are handed in. */
  submission: [
    { value: 'separate', zh: '分别提交', en: 'separately per item' },
    { value: 'once', zh: '一次提交', en: 'once for the whole bundle' },
  ],
} as const satisfies Record<string, readonly Term[]>;

/** A field of the vocabulary. */
export type VocabularyField = keyof typeof VOCABULARY;

/** The value of field F's terms, e.g. 'applicant' | 'government' | 'third-party' for source. */
export type TermValue<F extends VocabularyField> = (typeof VOCABULARY)[F][number]['value'];

/** Every word a YAML file may write for a term, the value first. */
export function wordsOf(term: Term): string[] {
  return [...new Set([term.value, term.zh, ...(term.also ?? [])])];
}

/** Every word a YAML file may write for `field`, in the order the schema lists them. */
export function fieldWords(field: VocabularyField): string[] {
  return (VOCABULARY[field] as readonly Term[]).flatMap(wordsOf);
}

const LOOKUP = new Map<VocabularyField, Map<string, string>>();

/**
 * The value a word stands for in `field`, or undefined when it is none of the field's words.
 * @example readTerm('actor', '申请人') // 'applicant'
 */
export function readTerm<F extends VocabularyField>(field: F, word: unknown): TermValue<F> | undefined {
  let words = LOOKUP.get(field);
  if (!words) {
    words = new Map((VOCABULARY[field] as readonly Term[]).flatMap((t) => wordsOf(t).map((w) => [w, t.value] as const)));
    LOOKUP.set(field, words);
  }
  return typeof word === 'string' ? (words.get(word) as TermValue<F> | undefined) : undefined;
}
