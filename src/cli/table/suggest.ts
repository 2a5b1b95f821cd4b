/** `wujian suggest`: where to cut, by how much, on what basis, and a draft of the reformed procedure. */
import { REFORM_RULES, RULE_KEYS } from '../../vocabulary/index.js';
import { INVALID_EXIT, OK_EXIT, OUT_OPTION, STEP_COUNTING_OPTION, USAGE_EXIT } from './common.js';
import { defineCommand } from './types.js';

/** The rules as `--only` and `--skip` name them: "share（数据共享、电子证照免提交）". */
const ruleList = (lang: 'zh' | 'en') => RULE_KEYS.map((k) => `${k}${lang === 'zh' ? `（${REFORM_RULES[k].name.zh}）` : ` (${REFORM_RULES[k].name.en})`}`).join(lang === 'zh' ? '；' : '; ');

/** Options of `suggest`. */
export const suggestOptions = {
  format: {
    type: 'choice',
    choices: ['table', 'json', 'md'],
    default: 'table',
    description: {
      zh: 'table（终端表格）、json（符合 schemas/suggestions.schema.json，文件夹时为 schemas/catalogue.schema.json）、md（汇报材料）',
      en: 'table, json (schemas/suggestions.schema.json; for a folder schemas/catalogue.schema.json) or md (a report)',
    },
  },
  out: {
    ...OUT_OPTION,
    description: {
      zh: '一个文件时：写出采用全部建议的改革后草案（YAML，“一件事”的事项草案写在它旁边）；文件夹时：写入报告。完整写入，不会留下半个文件',
      en: 'for one file: write the reformed draft with every suggestion (YAML; a bundle\'s item drafts beside it); for a folder: write the report. Whole or not at all',
    },
  },
  only: {
    type: 'text',
    multiple: true,
    value: { zh: '规则', en: 'rule' },
    description: { zh: `只用这些规则（可重复，或用逗号分隔）：${ruleList('zh')}`, en: `use only these rules (repeatable, or comma-separated): ${ruleList('en')}` },
  },
  skip: {
    type: 'text',
    multiple: true,
    value: { zh: '规则', en: 'rule' },
    description: { zh: '不用这些规则（可重复，或用逗号分隔）', en: 'leave these rules out (repeatable, or comma-separated)' },
  },
  'step-counting': STEP_COUNTING_OPTION,
  explain: { type: 'flag', description: { zh: '说明每条规则为什么没有适用', en: 'say why each rule did not apply' } },
  top: {
    type: 'whole',
    value: { zh: 'N', en: 'N' },
    min: 1,
    default: 20,
    description: { zh: '文件夹时每张排行榜最多列出的条数', en: 'for a folder: most rows each ranking lists' },
  },
} as const;

export const suggest = defineCommand({
  name: 'suggest',
  usage: [
    { zh: '<改革前文件> [-o 草案.yaml]', en: '<before file> [-o draft.yaml]' },
    { zh: '<文件夹>', en: '<folder>' },
  ],
  summary: { zh: '改革建议：哪里可以减、能减多少、依据什么，并写出改革后草案', en: 'reform suggestions: where to cut, by how much, on what basis, with a reformed draft' },
  description: {
    zh: `按改革规则逐条查找一个事项（或“一件事”）可以精简的地方：政府部门核发的材料→数据共享、电子证照免提交（国办函〔2016〕108号）；
第三方出具的证明→告知承诺（国办发〔2020〕42号）；次要材料→容缺受理；不同部门依次审查、相互不传递材料或决定→并联审批；
同一部门连续办理、其间申请人无需行动→环节合并（受理即审查、即办）；补正可发生多次→一次性告知；只为交、取材料的跑动
→网上提交、免费寄递；承诺时限远高于模型最慢路径→按模型压减；“一件事”中不需要先后办理的事项→同时办理；没有依据的收费→待核查。
每条建议单独应用到文件副本，再用与 compare 相同的计算对比，所以给出的效果就是 compare 的数字；按效果排序；“全部采用”把
互不冲突的建议一并应用后对比。-o 写出改革后草案：每处改动标出改革方式，上方注释写明规则和依据，草案可直接校验和对比。
给出文件夹时，汇总所有事项的改革机会：被最多事项要求提交的政府部门材料（共享一份即全县减少 N 份材料）、跑动最多的事项、
时限最长的事项，以及按效果排序的全部建议。有错误的文件只给出错误，不给建议。`,
    en: `Looks for what a procedure (or bundle) could cut, rule by rule: a government-issued material → data sharing (国办函〔2016〕108号);
a third-party certificate → written commitment (国办发〔2020〕42号); a secondary material → accepted now, handed in later (容缺受理);
reviews by different departments one after another with nothing passing between them → parallel review; consecutive steps of one
department with no applicant action between → merged; a correction allowed more than once → once (一次性告知); a trip only for
papers → online or free delivery; a committed limit far above the slowest modelled path → what the model supports; bundle items
in sequence that need not be → at the same time; a fee without a basis → to review. Each suggestion is applied alone to a copy
and compared by compare's own code, so each effect is a compare figure; suggestions are ranked by effect; "all adopted" applies
those that do not conflict together. -o writes the reformed draft, each change marked and commented with its rule and basis; it
validates and compares as written. Given a folder, ranks the opportunities across every item: the government documents the
most items ask for (sharing one cuts N materials county-wide), the items with most trips, the longest limits, and every
suggestion by effect. A file with errors gets its errors and no suggestions.`,
  },
  positionals: { min: 1, max: 1, message: { zh: '请给出一个改革前的事项文件，或一个文件夹', en: 'Give one procedure file (before the reform), or a folder' } },
  options: suggestOptions,
  exits: [OK_EXIT, INVALID_EXIT, USAGE_EXIT],
  examples: [
    { zh: 'suggest processes/food-business-licence/before.yaml -o 改革后草案.yaml', en: 'suggest processes/food-business-licence/before.yaml -o after-draft.yaml' },
    'suggest processes/open-restaurant/before.yaml --only share,online --explain',
    { zh: 'suggest processes --format md -o 改革机会.md', en: 'suggest processes --format md -o opportunities.md' },
  ],
  load: () => import('../commands/suggest.js'),
});
