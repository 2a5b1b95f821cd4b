/**
 * The reform rules of `wujian suggest` in words: each rule's name, the reform instrument and its policy
 * basis (shared/domain/GLOSSARY.md), the sentence that says what a suggestion changes, and the
 * sentences that say why the rule did not apply (--explain). A new rule is one entry in RuleAction,
 * RuleMisses and REFORM_RULES, and one module in src/analysis/suggest/rules/.
 */
import { fill, type Bilingual, type Lang, type Template } from './language.js';
import { num } from './numbers.js';
import { workingDays } from './quantity.js';
import { REFORM_MARKS, type ReformMark } from './reform-marks.js';
import { MATERIAL_SOURCES, type MaterialSource } from './sources.js';

/** What each rule's suggestion changes: the values of its sentence. */
export interface RuleAction {
  /** A government-issued material is fetched by the agency. */
  share: { material: string };
  /** A third-party certificate is replaced by a written commitment. */
  commitment: { material: string };
  /** A secondary material may be handed in later. */
  defer: { material: string };
  /** Reviews by different departments run at the same time. */
  parallel: { steps: string };
  /** Consecutive steps of one department become one. */
  merge: { steps: string };
  /** Correction loops that together may run more than once run at most once (a shared budget). */
  'one-notice': { loops: string; max: number };
  /** A trip to hand in or collect papers is replaced by online submission or free delivery. */
  online: { step: string; trips: number };
  /** A committed limit far above the slowest modelled path is set to what the model supports. */
  limit: { from: number; to: number; slowest: number };
  /** A bundle item waits for another it does not need: it starts with it instead. */
  concurrent: { item: string; after: string; now: readonly string[] };
  /** A fee without a legal basis is flagged for review. */
  fee: { fee: string; amount: number };
}

/** A reform rule's key: the word `--only` and `--skip` take. */
export type RuleKey = keyof RuleAction;

/** Why a rule did not apply to one candidate: each rule's reasons and the values each names. */
export interface RuleMisses {
  share: { marked: { material: string; mark: ReformMark }; unused: { material: string } };
  commitment: { 'not-proof': { material: string }; marked: { material: string; mark: ReformMark }; unused: { material: string } };
  defer: { marked: { material: string; mark: ReformMark }; unused: { material: string }; 'not-own': { material: string; source: MaterialSource } };
  parallel: { 'same-department': { first: string; second: string }; 'way-out': { step: string }; 'way-in': { step: string }; 'not-review': { step: string } };
  merge: {
    'other-department': { first: string; second: string };
    'way-out': { step: string };
    'way-in': { step: string };
    'applicant-action': { step: string };
    'counted-differently': { first: string; second: string };
    'other-actor': { first: string; second: string };
  };
  'one-notice': Record<never, never>;
  online: { 'in-person': { step: string; kind: string }; 'no-kind': { step: string } };
  limit: {
    'no-committed': Record<never, never>;
    instant: Record<never, never>;
    'calendar-day': Record<never, never>;
    close: { limit: number; slowest: number; to: number };
    below: { limit: number; slowest: number };
    'no-path': Record<never, never>;
  };
  concurrent: {
    procedure: Record<never, never>;
    needed: { item: string; after: string; material: string };
    'same-department': { item: string; after: string; department: string };
    'no-materials': { item: string; after: string };
  };
  fee: { 'has-basis': { fee: string; basis: string } };
}

/** One miss of rule K: its code and values. */
export type RuleMiss<K extends RuleKey = RuleKey> = {
  [R in K]: { [C in keyof RuleMisses[R]]: { rule: R; code: C; args: RuleMisses[R][C] } }[keyof RuleMisses[R]];
}[K];

/** A rule in words. */
export interface RuleWords<K extends RuleKey> {
  /** The reform instrument the rule proposes: 数据共享、电子证照免提交. */
  name: Bilingual;
  /** Its policy basis: the document or article that sets the instrument. */
  basis: Bilingual;
  /** What one suggestion changes. */
  action: Template<RuleAction[K]>;
  /** What the rule looks for, said when it found nothing to look at. */
  none: Bilingual;
  /** Why it did not apply to a candidate. */
  misses: { readonly [C in keyof RuleMisses[K]]: Template<RuleMisses[K][C]> };
}

const MARKED = {
  zh: (a: { material: string; mark: ReformMark }) => `材料“${a.material}”已标为${REFORM_MARKS[a.mark].short.zh}`,
  en: (a: { material: string; mark: ReformMark }) => `"${a.material}" is already marked ${REFORM_MARKS[a.mark].short.en}`,
};
const UNUSED = {
  zh: (a: { material: string }) => `材料“${a.material}”没有在任何环节提交`,
  en: (a: { material: string }) => `"${a.material}" is handed in at no step`,
};
const WAY_OUT = {
  zh: (a: { step: string }) => `环节“${a.step}”有不止一个去向（决定、补正或退回），结果决定下一步`,
  en: (a: { step: string }) => `step "${a.step}" has more than one way out (a decision, correction or return) that decides what follows`,
};
const WAY_IN = {
  zh: (a: { step: string }) => `环节“${a.step}”还从别的环节进入（如整改复查）`,
  en: (a: { step: string }) => `step "${a.step}" is also entered from elsewhere (e.g. a recheck)`,
};

/**
 * Words in a material's name that make it a certificate or proof (证明事项), which 告知承诺 may replace;
 * drawings, contracts and design documents have none of them.
 */
export const PROOF_WORDS: readonly string[] = ['证明', '证书', '合格', '凭证', '意见书', '批准文件', '执照', '许可证'];

/** Every rule in words, in the order suggest runs and lists them. */
export const REFORM_RULES: { readonly [K in RuleKey]: RuleWords<K> } = {
  share: {
    name: { zh: '数据共享、电子证照免提交', en: 'data sharing, e-licence (not handed in)' },
    basis: { zh: '国办函〔2016〕108号', en: 'State Council Office letter 国办函〔2016〕108号' },
    action: {
      zh: (a) => `材料“${a.material}”由政府部门核发，改为部门间数据共享、电子证照调取，申请人免提交`,
      en: (a) => `"${a.material}" is issued by a government department: fetch it by data sharing or as an e-licence instead`,
    },
    none: { zh: '没有由政府部门核发、仍由申请人提交的材料', en: 'no material issued by a government department is still handed in' },
    misses: { marked: MARKED, unused: UNUSED },
  },
  commitment: {
    name: { zh: '证明事项告知承诺', en: 'written commitment instead of a certificate' },
    basis: { zh: '国办发〔2020〕42号', en: 'State Council Office 国办发〔2020〕42号' },
    action: {
      zh: (a) => `第三方出具的证明“${a.material}”改为申请人书面承诺`,
      en: (a) => `the third-party certificate "${a.material}" is replaced by the applicant's written commitment`,
    },
    none: { zh: '没有由第三方出具、仍由申请人提交的证明材料', en: 'no certificate from a third party is still handed in' },
    misses: {
      'not-proof': {
        zh: (a) => `材料“${a.material}”由第三方出具，但不是证明或证书（名称中没有“${PROOF_WORDS.join('、')}”），告知承诺不能替代`,
        en: (a) => `"${a.material}" comes from a third party but is no certificate or proof (its name has none of ${PROOF_WORDS.join(', ')}), which a commitment cannot replace`,
      },
      marked: MARKED,
      unused: UNUSED,
    },
  },
  defer: {
    name: { zh: '容缺受理', en: 'accept with a secondary material to follow (容缺受理)' },
    basis: { zh: '容缺受理制度（次要材料缺失时先行受理、限期补齐）', en: '容缺受理: accept first, the secondary material within a deadline' },
    action: {
      zh: (a) => `次要材料“${a.material}”容缺受理，申请人可在受理后补交`,
      en: (a) => `the secondary material "${a.material}" may follow after acceptance`,
    },
    none: {
      zh: '没有次要材料（必要性为“容缺”或“条件性”、由申请人自备的材料）',
      en: 'no secondary material (one the applicant prepares, marked 容缺 or 条件性)',
    },
    misses: {
      marked: MARKED,
      unused: UNUSED,
      'not-own': {
        zh: (a) => `次要材料“${a.material}”来源为${MATERIAL_SOURCES[a.source].zh}，由数据共享或告知承诺规则处理`,
        en: (a) => `the secondary material "${a.material}" comes from ${MATERIAL_SOURCES[a.source].en}: the sharing or commitment rule takes it`,
      },
    },
  },
  parallel: {
    name: { zh: '并联审批', en: 'parallel review (并联审批)' },
    basis: { zh: '《行政许可法》第二十六条（联合办理、集中办理）', en: 'Administrative Licensing Law, Art. 26 (joint and centralised handling)' },
    action: {
      zh: (a) => `不同部门依次办理、相互之间不传递材料或决定的环节“${a.steps}”改为并联办理`,
      en: (a) => `"${a.steps}", handled one after another by different departments with nothing passing between them, run at the same time`,
    },
    none: {
      zh: '没有连续由不同部门办理、相互之间不传递材料或决定的环节',
      en: 'no consecutive steps by different departments with nothing passing between them',
    },
    misses: {
      'same-department': {
        zh: (a) => `“${a.first}”与“${a.second}”由同一部门办理（见环节合并规则）`,
        en: (a) => `"${a.first}" and "${a.second}" are handled by one department (see the merge rule)`,
      },
      'way-out': WAY_OUT,
      'way-in': WAY_IN,
      'not-review': {
        zh: (a) => `环节“${a.step}”是决定、制证或送达，其结果是后续环节的前提`,
        en: (a) => `step "${a.step}" is a decision, issue or delivery whose result what follows needs`,
      },
    },
  },
  merge: {
    name: { zh: '环节合并（受理即审查、即办）', en: 'steps merged (accept and review at once, on the spot)' },
    basis: { zh: '《行政许可法》第三十四条（能够当场作出决定的，应当当场作出）', en: 'Administrative Licensing Law, Art. 34 (decide on the spot where possible)' },
    action: {
      zh: (a) => `同一部门连续办理、其间申请人无需行动的环节“${a.steps}”合并为一个环节`,
      en: (a) => `"${a.steps}", consecutive steps of one department with no applicant action between them, become one step`,
    },
    none: {
      zh: '没有同一部门连续办理、其间申请人无需行动的环节',
      en: 'no consecutive steps of one department with no applicant action between them',
    },
    misses: {
      'other-department': {
        zh: (a) => `“${a.first}”与“${a.second}”由不同部门办理（见并联审批规则）`,
        en: (a) => `"${a.first}" and "${a.second}" are handled by different departments (see the parallel rule)`,
      },
      'way-out': WAY_OUT,
      'way-in': WAY_IN,
      'applicant-action': {
        zh: (a) => `环节“${a.step}”需要申请人提交材料或到现场`,
        en: (a) => `step "${a.step}" needs the applicant to hand something in or come in person`,
      },
      'counted-differently': {
        zh: (a) => `“${a.first}”与“${a.second}”一个计入法定时限、一个不计入（行政许可法第四十五条），合并会改变计时`,
        en: (a) => `one of "${a.first}" and "${a.second}" counts toward the limit and the other does not (Art. 45): merging would change the count`,
      },
      'other-actor': {
        zh: (a) => `“${a.first}”与“${a.second}”的办理角色不同`,
        en: (a) => `"${a.first}" and "${a.second}" are done by different actors`,
      },
    },
  },
  'one-notice': {
    name: { zh: '一次性告知', en: 'tell everything at once (一次性告知)' },
    basis: { zh: '《行政许可法》第三十二条', en: 'Administrative Licensing Law, Art. 32' },
    action: {
      zh: (a) => `补正、整改回退（${a.loops}）一件申请合计可发生 ${num(a.max)} 次，改为合计最多 1 次（maxCorrections: 1）：一次性告知需补正的全部内容`,
      en: (a) => `the corrections (${a.loops}) may send one case back ${num(a.max)} times in all: at most once instead (maxCorrections: 1), everything to add told at once`,
    },
    none: { zh: '补正、整改循环都已最多一次', en: 'every correction loop already happens at most once' },
    misses: {},
  },
  online: {
    name: { zh: '网上提交、免费寄递（最多跑一次）', en: 'online submission, free delivery (at most one trip)' },
    basis: { zh: '“最多跑一次”改革（浙江，2016年起）；一件事一次办（国发〔2024〕3号）', en: '“At most one trip” (Zhejiang, from 2016); 一件事一次办 (国发〔2024〕3号)' },
    action: {
      zh: (a) => `申请人到现场只为交、取材料的环节“${a.step}”改为网上提交或免费寄递（跑动 ${num(a.trips)} 次 → 0 次）`,
      en: (a) => `"${a.step}", a trip only to hand in or collect papers, becomes online submission or free delivery (${num(a.trips)} → 0 trips)`,
    },
    none: { zh: '没有申请人需要到现场的环节', en: 'no step takes the applicant in person' },
    misses: {
      'in-person': {
        zh: (a) => `环节“${a.step}”（${a.kind}）需要申请人本人到场，不只是交、取材料`,
        en: (a) => `step "${a.step}" (${a.kind}) needs the applicant there, not only papers`,
      },
      'no-kind': {
        zh: (a) => `环节“${a.step}”没有写环节类别（kind），看不出是否只为交、取材料`,
        en: (a) => `step "${a.step}" has no kind, so whether it is only about papers cannot be told`,
      },
    },
  },
  limit: {
    name: { zh: '承诺时限按模型压减', en: 'a committed limit the model supports' },
    basis: {
      zh: '承诺办结时限不长于最慢路径计入时限的用时（行政许可法第四十五条所列时间不计入）',
      en: 'a committed limit no longer than the slowest path\'s counted time (Art. 45 time not counted)',
    },
    action: {
      zh: (a) => `承诺时限由 ${num(a.from)} 个工作日压减至 ${num(a.to)} 个工作日（最慢路径计入时限的用时 ${num(a.slowest)} 个工作日）`,
      en: (a) => `committed limit from ${num(a.from)} to ${workingDays(a.to, 'en')} (the slowest path counts ${num(a.slowest)})`,
    },
    none: { zh: '没有承诺时限', en: 'no committed limit' },
    misses: {
      'no-committed': { zh: () => '没有承诺时限', en: () => 'there is no committed limit' },
      instant: { zh: () => '承诺时限已是即办', en: () => 'the committed limit is already 即办' },
      'calendar-day': { zh: () => '承诺时限按自然日计，与模型的工作日不可直接比较', en: () => 'the committed limit is in calendar days, not the working days the model counts' },
      close: {
        zh: (a) => `承诺时限 ${num(a.limit)} 个工作日与模型支持的 ${num(a.to)} 个工作日（最慢路径计入 ${num(a.slowest)}）相差不到一半，不算远高于`,
        en: (a) => `the committed limit of ${workingDays(a.limit, 'en')} is within half again of the ${num(a.to)} the model supports (slowest path counts ${num(a.slowest)})`,
      },
      below: {
        zh: (a) => `承诺时限 ${num(a.limit)} 个工作日已短于最慢路径计入时限的用时 ${num(a.slowest)} 个工作日（见 analyze 的合规提示），不宜再压减`,
        en: (a) => `the committed limit of ${workingDays(a.limit, 'en')} is already below the slowest path's counted ${num(a.slowest)} (see analyze's findings): no cut`,
      },
      'no-path': { zh: () => '模型没有办结路径', en: () => 'the model has no path to approval' },
    },
  },
  concurrent: {
    name: { zh: '一件事：事项同时办理', en: 'bundle items at the same time' },
    basis: { zh: '“高效办成一件事”（国发〔2024〕3号、国办发〔2025〕24号）', en: '高效办成一件事 (国发〔2024〕3号, 国办发〔2025〕24号)' },
    action: {
      zh: (a) => `事项“${a.item}”不需要“${a.after}”办出的材料，改为与其同时办理（${a.now.length > 0 ? `改为在“${a.now.join('、')}”之后` : '不再等待其他事项'}）`,
      en: (a) => `"${a.item}" needs nothing "${a.after}" issues: it starts with it instead (${a.now.length > 0 ? `after "${a.now.join('", "')}"` : 'waiting for no other item'})`,
    },
    none: { zh: '一件事中没有先后关系', en: 'the bundle orders no item after another' },
    misses: {
      procedure: { zh: () => '只适用于“一件事”', en: () => 'applies to a bundle (一件事) only' },
      needed: {
        zh: (a) => `“${a.item}”的材料“${a.material}”由“${a.after}”办出，先后关系保留`,
        en: (a) => `"${a.item}" takes "${a.material}", which "${a.after}" issues: the order stays`,
      },
      'same-department': {
        zh: (a) => `“${a.item}”与“${a.after}”同由${a.department}办理，其内部记录在两者之间传递`,
        en: (a) => `"${a.item}" and "${a.after}" are both handled by ${a.department}, whose records pass between them`,
      },
      'no-materials': {
        zh: (a) => `“${a.item}”不要求申请人提交材料，模型看不出它需要“${a.after}”的什么，先后关系保留`,
        en: (a) => `"${a.item}" asks for no material, so the model cannot tell what it needs of "${a.after}": the order stays`,
      },
    },
  },
  fee: {
    name: { zh: '收费依据核查', en: 'fee basis to review' },
    basis: { zh: '《行政许可法》第五十八条（法律、行政法规未规定的不得收费）', en: 'Administrative Licensing Law, Art. 58 (no fee unless a law or regulation sets one)' },
    action: {
      zh: (a) => `收费“${a.fee}”（${num(a.amount)} 元）没有写收费依据，待核查：无法律、行政法规依据的应当取消（草案未改动金额）`,
      en: (a) => `the fee "${a.fee}" (${num(a.amount)} yuan) names no basis: to review, and to cancel unless a law or regulation sets it (the draft keeps the amount)`,
    },
    none: { zh: '没有收费', en: 'no fee is charged' },
    misses: {
      'has-basis': {
        zh: (a) => `收费“${a.fee}”写明了依据：${a.basis}`,
        en: (a) => `the fee "${a.fee}" names its basis: ${a.basis}`,
      },
    },
  },
};

/** Every rule key, in the order suggest runs them. */
export const RULE_KEYS = Object.keys(REFORM_RULES) as RuleKey[];

/** A rule with the values of what one of its suggestions changes. */
export type RuleActionOf = { [K in RuleKey]: { rule: K; args: RuleAction[K] } }[RuleKey];

/** The sentence of what a suggestion changes. Example: ruleAction({ rule: 'share', args: { material: '营业执照' } }, 'zh'). */
export function ruleAction(action: RuleActionOf, lang: Lang): string {
  return fill(REFORM_RULES[action.rule].action as Template<typeof action.args>, lang, action.args);
}

/** The sentence of why rule `miss.rule` did not apply to a candidate. */
export function ruleMissText(miss: RuleMiss, lang: Lang): string {
  const misses = REFORM_RULES[miss.rule].misses as Record<string, Template<unknown>>;
  return fill(misses[miss.code as string]!, lang, miss.args);
}

/** The words a reformed draft (`wujian suggest -o`) carries in its comments. */
export const DRAFT_WORDS = {
  /** The comment above each change: the rule and its basis on one line, what changed on the next. */
  comment: {
    zh: (a: { rule: string; basis: string; action: string }) => `wujian suggest · ${a.rule} · 依据：${a.basis}\n${a.action}`,
    en: (a: { rule: string; basis: string; action: string }) => `wujian suggest · ${a.rule} · basis: ${a.basis}\n${a.action}`,
  },
  /** The note at the top of a drafted file. */
  header: {
    zh: (a: { label: string; count: number }) =>
      `改革后草案：由 wujian suggest 生成，采用了 ${a.count} 条建议（每处改动上方有注释）。\n版本标签为“${a.label}”，不会与已有的“改革后”版本配对；核对采用后请改为“改革后”。`,
    en: (a: { label: string; count: number }) =>
      `Reformed draft written by wujian suggest with ${a.count} suggestions (a comment above each change).\nIts version label "${a.label}" pairs with no reformed version; change it to 改革后 once adopted.`,
  },
  /**
   * The name of a parallel block the draft writes, from its steps' names. It is data in the file, which
   * names everything in Chinese whatever language wujian speaks, so it has no English.
   */
  parallelName: (steps: readonly string[]) => `并联办理：${steps.join('、')}`,
};

/** The columns of a table of suggestions, as the terminal, Markdown and the dashboard's panel head them. */
export const SUGGESTION_COLUMNS = {
  rank: { zh: '序号', en: 'No.' },
  rule: { zh: '改革措施', en: 'Instrument' },
  item: { zh: '事项', en: 'Item' },
  action: { zh: '建议', en: 'Suggestion' },
  basis: { zh: '依据', en: 'Basis' },
  effect: { zh: '效果', en: 'Effect' },
} as const satisfies Record<string, Bilingual>;

/** The rankings of the catalogue view (`wujian suggest <folder>`), as every surface titles them. */
export const CATALOGUE_RANKINGS = {
  title: { zh: '改革机会（全部事项）', en: 'Reform opportunities across the catalogue' },
  documents: { zh: '被最多事项要求提交的政府部门材料', en: 'Government documents the most items ask for' },
  trips: { zh: '跑动最多的事项', en: 'Items with the most trips' },
  limits: { zh: '时限最长的事项', en: 'Items with the longest limits' },
  opportunities: { zh: '效果最大的建议', en: 'Suggestions with the largest effect' },
  items: { zh: '各事项（按全部采用后的效果排序）', en: 'Items, by the effect of adopting every suggestion' },
} as const satisfies Record<string, Bilingual>;
