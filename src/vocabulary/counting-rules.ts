/**
 * The counting rules (口径): how each figure wujian reports is counted. A figure carries the id of its
 * rule, and every surface (terminal table, Markdown, JSON, web) names the rule from here, so a figure
 * is never right only under an unstated rule. Defaults follow how reform offices publish; a rule that
 * departs from its default is marked as such wherever it is shown. A new rule is one entry here (and
 * its id in schemas/comparison.schema.json ruleId, and a row in the table of README.md and README.en.md:
 * tests/docs/links.test.ts fails until both name it).
 */
import { paren, type Bilingual, type Lang } from './language.js';

/** A rule in words. */
export interface CountingRule {
  /** Short name (for a table cell): 并联审批计 1 个环节. */
  name: Bilingual;
  /** What it counts, in a sentence (for the docs and the Markdown notes). */
  description: Bilingual;
  /** True when this is how offices publish (the default); false for a rule chosen on purpose. */
  isDefault: boolean;
}

/** Every counting rule, in the order the README's table lists them. */
export const COUNTING_RULES = {
  'items-count': {
    name: { zh: '事项个数', en: 'number of items' },
    description: {
      zh: '一件事包含的事项个数；单个事项为 1。',
      en: 'The items of a bundle; a procedure is one item.',
    },
    isDefault: true,
  },
  'materials-procedure': {
    name: { zh: '全流程所需材料（去重）', en: 'distinct materials of the whole procedure' },
    description: {
      zh: '各环节申请人需准备的材料的并集，同一份材料在几个环节出现只计一次；数据共享、告知承诺、取消、并入其他材料的不计。',
      en: 'The union of the materials the applicant prepares at every step, each counted once; shared, committed, cancelled and merged ones are not counted.',
    },
    isDefault: true,
  },
  'materials-per-item': {
    name: { zh: '逐事项相加（分别提交）', en: 'summed per item (handed in separately)' },
    description: {
      zh: '分别提交：每个事项各交一套材料，同一份材料交几次算几份。',
      en: 'Handed in separately: each item takes its own set, so a document handed in to three items counts three times.',
    },
    isDefault: true,
  },
  'materials-once-declared': {
    name: { zh: '一次提交，声明为同一份的只计一次', en: 'handed in once; declared-identical materials once' },
    description: {
      zh: '一次提交：一件事文件 sameMaterials 中声明为同一份的材料只计一次；仅 id 相同而未声明的，按不同材料分别计。',
      en: 'Handed in once: materials the bundle declares identical (sameMaterials) count once; a shared id alone does not make two materials one.',
    },
    isDefault: true,
  },
  'copies-procedure': {
    name: { zh: '全流程所需材料的份数之和', en: 'copies of the distinct materials, summed' },
    description: {
      zh: '“材料”一行计入的每份材料（各环节的并集，同一份材料只计一次）按它要求提交的份数（copies，不写为 1）相加。',
      en: 'Each material the 材料 row counts (the union over the steps, each once) taken as many times as the copies it asks for (copies; 1 when not written), summed.',
    },
    isDefault: true,
  },
  'copies-per-item': {
    name: { zh: '逐事项相加的份数（分别提交）', en: 'copies summed per item (handed in separately)' },
    description: {
      zh: '分别提交：每个事项各交一套材料，每份材料按它要求的份数计，同一份材料交几次算几次。',
      en: 'Handed in separately: each item takes its own set, each material as many copies as it asks for, a document handed in to three items three times.',
    },
    isDefault: true,
  },
  'copies-once-declared': {
    name: { zh: '一次提交的份数（声明为同一份的只计一次）', en: 'copies handed in once; declared-identical materials once' },
    description: {
      zh: '一次提交：“材料”一行计入的每份材料按它要求的份数相加；一件事文件 sameMaterials 中声明为同一份的材料只计一次，份数取各事项要求中最多的。',
      en: 'Handed in once: each material the 材料 row counts, as many copies as it asks for, summed; materials the bundle declares identical (sameMaterials) once, with the most copies any item asks for.',
    },
    isDefault: true,
  },
  'steps-stage': {
    name: { zh: '并联审批计 1 个环节', en: 'a parallel stage is one step' },
    description: {
      zh: '标准路径上的环节；并联审批块（多个部门同时办理）计为 1 个环节，各分支的环节不另计（各地公布“环节”的通行口径）。',
      en: 'Steps on the standard path; a parallel block (departments at the same time) is one step, its branches not counted apart (how offices publish 环节).',
    },
    isDefault: true,
  },
  'steps-per-step': {
    name: { zh: '逐环节计（并联分支各环节分别计）', en: 'every step counted (branches too)' },
    description: {
      zh: '标准路径上的每个环节都计，并联审批块各分支中的环节分别计数。',
      en: 'Every step on the standard path, each step of each parallel branch counted.',
    },
    isDefault: false,
  },
  'steps-declared': {
    name: { zh: '按各并联块的声明计', en: 'as each parallel block declares' },
    description: {
      zh: '标准路径上的环节；各并联审批块按文件中 stepCounting 的声明计为 1 个环节或逐环节计（各块不一致）。',
      en: 'Steps on the standard path; each parallel block counted as its file declares (stepCounting), one step or every step, not the same for all.',
    },
    isDefault: false,
  },
  'limit-item': {
    name: { zh: '事项规定的时限', en: 'the item\'s own limit' },
    description: {
      zh: '事项文件 limits 中写明的法定、承诺办结时限，按所写单位（工作日或自然日）。',
      en: 'The statutory and committed limits written in the item\'s limits, in the unit written (working or calendar days).',
    },
    isDefault: true,
  },
  'limit-critical-path': {
    name: { zh: '各事项时限按先后关系的关键路径', en: 'items\' limits along the critical path' },
    description: {
      zh: '一件事没有规定整体时限时：各事项规定的时限按先后关系排期，取关键路径；有事项未规定该时限时不计算，并写明是哪些事项（不以模型用时代替）。',
      en: 'A bundle with no limit of its own: the items\' limits scheduled by their order, the critical path taken; when an item has no such limit there is no figure, and the output names the item (modelled time is never put in its place).',
    },
    isDefault: true,
  },
  'limit-bundle': {
    name: { zh: '一件事规定的整体时限', en: 'the bundle\'s own limit' },
    description: {
      zh: '一件事文件 limits 中写明的全流程时限；各事项时限的关键路径另列于旁。',
      en: 'The whole-process limit the bundle file declares; the critical path of the items\' limits is shown beside it.',
    },
    isDefault: true,
  },
  'time-model': {
    name: { zh: '模型用时（关键路径）', en: 'modelled time (critical path)' },
    description: {
      zh: '按模型各环节时长计算的标准路径（或最慢路径）用时；一件事取各事项按先后关系排期的关键路径。',
      en: 'The modelled time of the standard (or slowest) path; for a bundle the critical path of its items by their order.',
    },
    isDefault: true,
  },
  'counted-timeline': {
    name: { zh: '计入时限的时间按时间轴计', en: 'counted time on the timeline' },
    description: {
      zh: '计入法定时限的时间：机关的时钟在至少一个计入时限的环节办理期间走动；并联块中按时间轴取各分支计入区间的并集（行政许可法第四十五条所列环节不计）。',
      en: 'Time counted toward the statutory limit: the agency\'s clock runs while at least one counted step is in progress; in a parallel block the union of the branches\' counted intervals on the timeline (Art. 45 steps do not count).',
    },
    isDefault: true,
  },
  'instant-same-day': {
    name: { zh: '即办为当日办结', en: 'on the spot means the same working day' },
    description: {
      zh: '即办（0 日）的时限视为当个工作日内办结：计入时间不超过 1 个工作日的不算超时限。',
      en: 'An on-the-spot (即办) limit means within the same working day: counted time up to one working day is not late.',
    },
    isDefault: true,
  },
  'fees-sum': {
    name: { zh: '标准路径费用之和', en: 'fees on the standard path, summed' },
    description: {
      zh: '事项收费与标准路径各环节收费之和；一件事为各事项之和。',
      en: 'The item\'s fees and the fees of its standard path\'s steps; a bundle sums its items.',
    },
    isDefault: true,
  },
  'trips-sum': {
    name: { zh: '标准路径跑动之和', en: 'trips on the standard path, summed' },
    description: {
      zh: '标准路径上申请人到现场的次数；一件事为各事项之和。',
      en: 'Trips in person on the standard path; a bundle sums its items.',
    },
    isDefault: true,
  },
  'departments-distinct': {
    name: { zh: '不同部门去重计', en: 'distinct departments' },
    description: {
      zh: '事项实施主体与各环节办理部门的并集，写成列表的逐个计；综合窗口（actor: window）和网上平台（actor: system）环节写的部门不计。',
      en: 'The union of the items\' departments and the steps\' departments, a list counting each entry; a department written on a window step (actor: window) or a platform step (actor: system) is not counted.',
    },
    isDefault: true,
  },
  'forms-declared': {
    name: { zh: '写明字段数的表单', en: 'materials declared as forms' },
    description: {
      zh: '申请人需填写、并写明字段数（fields）的材料计为表单，表单字段为其字段数之和；没有声明任何表单的一侧记为“未填写”。',
      en: 'Materials the applicant fills in and that give a field count (fields) are forms; form fields sum their counts; a side that declares no form has no figure.',
    },
    isDefault: true,
  },
  'percent-half-up': {
    name: { zh: '四舍五入保留两位小数', en: 'rounded half up to two decimals' },
    description: {
      zh: '压减率 =（改革前 − 改革后）÷ 改革前 × 100%，按精确十进制值四舍五入保留两位小数；上升写“增加”。',
      en: 'Cut = (before − after) ÷ before × 100%, rounded half up on the exact decimal value to two decimals; a rise is written as such.',
    },
    isDefault: true,
  },
} as const satisfies Record<string, CountingRule>;

/** Every counting rule wujian knows. */
export type CountingRuleId = keyof typeof COUNTING_RULES;

/** The ids of every rule, in the order the README's table lists them. */
export const COUNTING_RULE_IDS = Object.keys(COUNTING_RULES) as CountingRuleId[];

/** The mark after a rule that departs from how offices publish. */
export const NOT_DEFAULT_RULE = { zh: '非默认口径', en: 'not the default' } as const satisfies Bilingual;

/** A rule's short name in `lang`, marked when it departs from how offices publish. */
export function ruleName(id: CountingRuleId, lang: Lang): string {
  const rule: CountingRule = COUNTING_RULES[id];
  return rule.isDefault ? rule.name[lang] : `${rule.name[lang]}${paren(NOT_DEFAULT_RULE[lang], lang)}`;
}

/** A rule's description in `lang`. */
export function ruleDescription(id: CountingRuleId, lang: Lang): string {
  return COUNTING_RULES[id].description[lang];
}

/** True when every rule of `ids` is how offices publish. */
export function isDefaultRule(...ids: CountingRuleId[]): boolean {
  return ids.every((id) => COUNTING_RULES[id].isDefault);
}

/** How a parallel block's steps are counted: as one 环节 (stage) or every step (per-step). */
export type StepCounting = 'stage' | 'per-step';

/** The ways of counting a parallel block's steps, the default first. */
export const STEP_COUNTINGS: readonly StepCounting[] = ['stage', 'per-step'];

/**
 * What an author may write for `stepCounting` besides its key: the Chinese label files are written with
 * and other spellings (src/vocabulary/authoring.ts reads them).
 */
export const STEP_COUNTING_WORDS: Readonly<Record<StepCounting, { zh: string; en: string; also: readonly string[] }>> = {
  stage: { zh: '按阶段', en: 'one step a block', also: ['阶段', '整体计', '并联计一个环节'] },
  'per-step': { zh: '逐环节', en: 'every step', also: ['逐个环节', '分别计'] },
};

/** The rule id of a step-counting choice. */
export function stepRule(counting: StepCounting): CountingRuleId {
  return counting === 'stage' ? 'steps-stage' : 'steps-per-step';
}
