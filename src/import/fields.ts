/**
 * The data elements a 实施清单 / 办事指南 export carries (GB/T 39554.1, shared/domain/GLOSSARY.md), each
 * with the header spellings real exports use for it. A header is matched after normalising it: full-width
 * letters and brackets made half-width, spaces, line breaks, required-field marks (*) and numbering
 * ("1、") dropped, and a bracketed unit ("（工作日）") taken off and kept as the column's unit.
 */

/** Which table a data element belongs to. */
export type FieldTable = 'item' | 'material' | 'step';

/** A data element and the header spellings that name it. */
export interface Field {
  /** Key used in code and in mapping files (English). */
  key: string;
  /** The element's name in Chinese, as a mapping file may also write it. */
  zh: string;
  /** The table it belongs to. */
  table: FieldTable;
  /** Header spellings, the element's own name first; normalised as headerKey does. */
  aliases: readonly string[];
}

/**
 * Every data element the importer reads. When one sheet has two columns for an element, the column
 * whose header comes first in `aliases` is read (事项名称 before 子项名称, 实施编码 before 基本编码).
 */
export const FIELDS: readonly Field[] = [
  // Item (事项) — one row per item, or the first row of an item's block of rows.
  { key: 'itemName', zh: '事项名称', table: 'item', aliases: ['事项名称', '实施清单名称', '政务服务事项名称', '服务事项名称', '业务办理项名称', '办理项名称', '子项名称', '事项名'] },
  { key: 'itemCode', zh: '事项编码', table: 'item', aliases: ['事项编码', '实施编码', '业务办理项编码', '办理项编码', '基本编码', '事项代码', '实施清单编码'] },
  { key: 'itemType', zh: '事项类型', table: 'item', aliases: ['事项类型', '事项类别', '权力类型', '权力类别', '事项种类'] },
  { key: 'level', zh: '行使层级', table: 'item', aliases: ['行使层级', '层级', '行使层级名称', '实施层级'] },
  { key: 'department', zh: '实施主体', table: 'item', aliases: ['实施主体', '实施机构', '实施主体名称', '实施机关', '实施部门', '实施机构名称'] },
  { key: 'basis', zh: '设定依据', table: 'item', aliases: ['设定依据', '法律依据', '实施依据', '设立依据', '依据'] },
  { key: 'statutory', zh: '法定办结时限', table: 'item', aliases: ['法定办结时限', '法定时限', '法定期限', '法定办理时限', '法定办结期限'] },
  { key: 'statutoryUnit', zh: '法定办结时限单位', table: 'item', aliases: ['法定办结时限单位', '法定时限单位', '法定期限单位'] },
  { key: 'committed', zh: '承诺办结时限', table: 'item', aliases: ['承诺办结时限', '承诺时限', '承诺期限', '承诺办理时限', '承诺办结期限', '承诺办结时间'] },
  { key: 'committedUnit', zh: '承诺办结时限单位', table: 'item', aliases: ['承诺办结时限单位', '承诺时限单位', '承诺期限单位'] },
  { key: 'limitUnit', zh: '时限单位', table: 'item', aliases: ['时限单位', '办结时限单位', '期限单位'] },
  { key: 'handling', zh: '办件类型', table: 'item', aliases: ['办件类型', '办件类别', '办件种类'] },
  { key: 'trips', zh: '到办事现场次数', table: 'item', aliases: ['到办事现场次数', '到现场次数', '到办事现场最多次数', '跑动次数', '最多跑动次数', '到现场办理次数', '跑腿次数'] },
  { key: 'feeFlag', zh: '是否收费', table: 'item', aliases: ['是否收费'] },
  { key: 'feeName', zh: '收费项目', table: 'item', aliases: ['收费项目', '收费项目名称'] },
  { key: 'feeAmount', zh: '收费标准', table: 'item', aliases: ['收费标准', '收费金额', '收费标准元'] },
  { key: 'feeBasis', zh: '收费依据', table: 'item', aliases: ['收费依据'] },
  { key: 'online', zh: '网办深度', table: 'item', aliases: ['网办深度', '网上办理深度', '网上办理程度', '网办程度', '网上办事深度'] },
  { key: 'volume', zh: '年办件量', table: 'item', aliases: ['年办件量', '年办件数', '年度办件量', '办件量'] },
  { key: 'processText', zh: '办理流程', table: 'item', aliases: ['办理流程', '办理程序', '审批流程'] },
  // Materials (申请材料) — one row per material.
  { key: 'materialName', zh: '材料名称', table: 'material', aliases: ['材料名称', '申请材料名称', '申请材料', '申报材料名称', '材料'] },
  { key: 'materialForm', zh: '材料类型', table: 'material', aliases: ['材料类型', '材料形式', '材料种类', '材料载体', '提交形式'] },
  { key: 'copies', zh: '份数', table: 'material', aliases: ['份数', '材料份数', '纸质材料份数', '数量', '提交份数'] },
  { key: 'necessity', zh: '必要性', table: 'material', aliases: ['必要性', '材料必要性', '是否必要', '是否必需', '是否必须', '必要性及描述'] },
  { key: 'deferrable', zh: '是否容缺', table: 'material', aliases: ['是否容缺', '是否支持容缺', '容缺受理', '是否容缺受理', '可否容缺'] },
  { key: 'source', zh: '来源渠道', table: 'material', aliases: ['来源渠道', '材料来源', '来源', '来源渠道说明', '材料来源渠道'] },
  { key: 'condition', zh: '适用情形', table: 'material', aliases: ['适用情形', '材料适用情形', '需要提交的情形', '提交情形'] },
  { key: 'materialNote', zh: '填报须知', table: 'material', aliases: ['填报须知', '材料要求', '材料说明', '要求', '受理标准', '备注'] },
  { key: 'materialStep', zh: '提交环节', table: 'material', aliases: ['提交环节', '所属环节', '对应环节', '提交阶段'] },
  // Steps (办理环节) — one row per step, in the order they happen.
  { key: 'stepName', zh: '环节名称', table: 'step', aliases: ['环节名称', '办理环节', '流程环节', '环节', '办理步骤', '步骤名称', '步骤'] },
  { key: 'stepTime', zh: '环节时限', table: 'step', aliases: ['环节时限', '办理时限', '所需时限', '环节办理时限', '办理时间', '时限'] },
  { key: 'stepTimeUnit', zh: '环节时限单位', table: 'step', aliases: ['环节时限单位', '办理时限单位'] },
  { key: 'counts', zh: '是否计入法定时限', table: 'step', aliases: ['是否计入法定时限', '是否计算在法定办结时限内', '是否计入法定办结时限', '是否计入办结时限', '是否计算在办结时限内', '计入法定时限'] },
  { key: 'staff', zh: '办理人员', table: 'step', aliases: ['办理人员', '办理岗位', '审批人员', '岗位', '承办人', '办理人', '审批岗位', '办理角色'] },
  { key: 'stepDepartment', zh: '办理部门', table: 'step', aliases: ['办理部门', '承办部门', '办理机构', '责任部门', '办理科室', '承办科室'] },
];

/** Keys of the fields that name a row's subject: what makes a table an item, material or step table. */
export const NAME_FIELDS = { item: 'itemName', material: 'materialName', step: 'stepName' } as const;

/** A unit written in a header's brackets or in a unit column. */
export type HeaderUnit = 'workday' | 'calendar-day' | 'hour';

/** A header's text made comparable (see the module comment), and the unit its brackets gave. */
export function headerKey(text: string): { key: string; unit?: HeaderUnit } {
  let unit: HeaderUnit | undefined;
  const bare = text.normalize('NFKC').replace(/\(([^()]*)\)|\[([^[\]]*)\]|【([^【】]*)】/g, (_m, a, b, c) => {
    unit ??= unitOf(String(a ?? b ?? c));
    return '';
  });
  const key = bare.replace(/[\s*★※:]/g, '').replace(/^\d+[.、]/, '');
  return { key, unit };
}

/** The unit a word names: 工作日, 自然日 or 日历日, 小时; undefined for anything else ("天" is not decided here). */
export function unitOf(word: string): HeaderUnit | undefined {
  const w = word.replace(/\s/g, '');
  if (/^(个)?工作日$/.test(w)) return 'workday';
  if (/^(个)?(自然日|日历日)$/.test(w)) return 'calendar-day';
  if (/^(个)?小时$/.test(w)) return 'hour';
  return undefined;
}

const BY_ALIAS = new Map<string, { field: Field; rank: number }>();
for (const field of FIELDS) {
  field.aliases.forEach((alias, rank) => {
    const key = headerKey(alias).key;
    if (!BY_ALIAS.has(key)) BY_ALIAS.set(key, { field, rank });
  });
}

/** The field a normalised header names, with the rank of the spelling (0 = the element's own name). */
export function fieldOfHeader(key: string): { field: Field; rank: number } | undefined {
  return BY_ALIAS.get(key);
}

/** The field a mapping file names, by its key (committed) or its Chinese name (承诺办结时限). */
export function fieldByName(name: string): Field | undefined {
  return FIELDS.find((f) => f.key === name || f.zh === name);
}
