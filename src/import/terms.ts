/**
 * A cell's words as the authoring language's values: first through the one vocabulary YAML files use
 * (src/vocabulary/authoring.ts), then by the wider wording of real exports ("纸质", "原件及复印件", "其他",
 * "全程网办", "县（市、区）级"), each such reading returned with the assumption it makes.
 */
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };
import { readWord, type AuthoredKey } from '../vocabulary/index.js';
import type { Reading } from './values.js';
import { plain } from './values.js';

/** 来源渠道 → source. */
export function readSource(text: string): Reading<AuthoredKey<'source'>> | undefined {
  const t = plain(text);
  const exact = readWord('source', t);
  if (exact) return { value: exact };
  if (/申请人|自备|本人|自行/.test(t)) return { value: 'applicant' };
  if (/中介|第三方|机构出具|医院|银行|公证/.test(t)) return { value: 'third-party' };
  if (/政府|部门|机关|核发|证照/.test(t)) return { value: 'government' };
  if (/^其他/.test(t)) return { value: 'applicant', assumed: `来源渠道“${text.trim()}”按申请人自备计` };
  return undefined;
}

/** 材料类型 / 材料形式 → form (原件, 复印件, 电子); 纸质 and mixed forms with an assumption. */
export function readForm(text: string): Reading<'原件' | '复印件' | '电子'> | undefined {
  const t = plain(text);
  const paper = /原件|纸质|纸本/.test(t);
  if (/复印/.test(t)) return { value: '复印件', assumed: /原件/.test(t) ? `“${text.trim()}”按复印件计（原件核验）` : undefined };
  if (/^(电子|电子版|电子件|电子材料|电子证照|电子文档|扫描件)$/.test(t)) return { value: '电子' };
  if (t === '原件') return { value: '原件' };
  if (paper) return { value: '原件', assumed: `“${text.trim()}”按原件计` };
  if (/电子/.test(t)) return { value: '电子', assumed: `“${text.trim()}”按电子材料计` };
  return undefined;
}

/** 必要性 → necessity; 非必要 and the like are 条件性, their condition to be given. */
export function readNecessity(text: string): Reading<'必要' | '容缺' | '条件性'> | undefined {
  const t = plain(text);
  if (/容缺/.test(t)) return { value: '容缺' };
  if (/^(非必要|非必需|非必须|否|选交|选填|选择性|可选|按需|依情形|视情况|条件性|情形性)/.test(t)) return { value: '条件性' };
  if (/^(必要|必需|必须|是|必交|必填|必要材料)/.test(t)) return { value: '必要' };
  return undefined;
}

const ITEM_TYPES = procedureSchema.properties.type.enum;
const LEVELS = procedureSchema.properties.level.enum;

/** 事项类型 → type: the exact word, or the one it contains ("许可" → 行政许可). */
export function readItemType(text: string): Reading<string> | undefined {
  const t = plain(text);
  if (ITEM_TYPES.includes(t)) return { value: t };
  const found = ITEM_TYPES.find((type) => t.includes(type)) ?? ITEM_TYPES.find((type) => type !== '其他行政权力' && t.includes(type.replace(/^行政/, '')));
  if (found) return { value: found, assumed: `事项类型“${text.trim()}”按${found}计` };
  if (/^其他/.test(t)) return { value: '其他行政权力', assumed: `事项类型“${text.trim()}”按其他行政权力计` };
  return undefined;
}

/** 行使层级 → level; several levels in one cell cannot be read. */
export function readLevel(text: string): Reading<string> | undefined {
  const t = plain(text);
  if (LEVELS.includes(t)) return { value: t };
  const hits = [
    [/国家|国务院|中央/, '国家级'], [/省/, '省级'], [/设区的市|市级|州|盟|^市/, '市级'], [/县|区|旗/, '县级'], [/乡|镇|街道/, '乡级'],
  ].filter(([re]) => (re as RegExp).test(t)).map(([, level]) => level as string);
  return hits.length === 1 ? { value: hits[0]!, assumed: t === hits[0] ? undefined : `行使层级“${text.trim()}”按${hits[0]}计` } : undefined;
}

/** 办件类型 → handling. */
export function readHandling(text: string): Reading<'即办件' | '承诺件'> | undefined {
  const t = plain(text);
  if (/即办/.test(t)) return { value: '即办件' };
  if (/承诺/.test(t)) return { value: '承诺件' };
  return undefined;
}

/** 网办深度 → online: Ⅲ级, 三级, III级 … through the vocabulary; the depth's description as its level. */
export function readOnline(text: string): Reading<AuthoredKey<'online'>> | undefined {
  const t = text.replace(/\s+/g, '').replace(/[（(].*$/, '');
  const word = readWord('online', t) ?? readWord('online', `${t}级`) ?? readWord('online', t.toUpperCase());
  if (word) return { value: word };
  const described: Array<[RegExp, AuthoredKey<'online'>]> = [[/全程网办|全流程网办|不见面/, 'Ⅳ级'], [/网上受理|网上办理|网上申请/, 'Ⅲ级'], [/网上预审|预审/, 'Ⅱ级'], [/信息查询|网上咨询|办事指南/, 'Ⅰ级']];
  const found = described.find(([re]) => re.test(t));
  return found ? { value: found[1], assumed: `网办深度“${text.trim()}”按${found[1]}计` } : undefined;
}

/** Step kinds by words in a step's name, the first match winning (现场核查 before 审查). */
const KIND_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/补正/, '补正'], [/现场|勘验|勘查|踏勘/, '现场核查'], [/检验|检测|检疫/, '检验检测'], [/鉴定/, '鉴定'], [/专家|评审|论证/, '专家评审'],
  [/听证/, '听证'], [/招标|拍卖|挂牌/, '招标拍卖'], [/公示|公告/, '公示'], [/缴费|收费/, '缴费'], [/制证|制作/, '制证'],
  [/送达|发证|领证|颁证|办结|出证/, '送达'], [/决定|审批|审定|批准|签发/, '审批决定'], [/受理/, '受理'], [/审查|审核|核查|初审|复审/, '审查'],
  [/申请|申报|提交/, '申请'],
];

/** The step kind a step's name suggests, or undefined. */
export function kindOfStep(name: string): string | undefined {
  return KIND_WORDS.find(([re]) => re.test(name))?.[1];
}

/** Who does a step, from 办理人员 text or else from its kind. */
export function actorOf(staff: string | undefined, kind: string | undefined): AuthoredKey<'actor'> | undefined {
  const t = staff ? plain(staff) : '';
  const exact = readWord('actor', t);
  if (exact) return exact;
  if (/申请人/.test(t)) return 'applicant';
  if (/窗口|受理人员|前台/.test(t)) return 'window';
  if (/专家/.test(t)) return 'expert';
  if (/系统|自动/.test(t)) return 'system';
  if (/中介|第三方|检测机构/.test(t)) return 'third-party';
  if (t) return 'department';
  if (kind === '申请') return 'applicant';
  if (kind === '受理') return 'window';
  if (kind === '专家评审') return 'expert';
  return undefined;
}
