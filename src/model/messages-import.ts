/**
 * The words of `wujian import`'s diagnostics: problems with a workbook as a whole, with a sheet's layout,
 * and with single cells (located as 材料!B5). A catalogue of the same kind as messages.ts, typed the same
 * way by each code's values (DiagnosticArgs), which messages.ts takes in whole; kept apart because it
 * speaks of workbooks, sheets and cells rather than of what a YAML file says.
 */
import { authoredKeys, writtenWord, type Lang } from '../vocabulary/index.js';
import type { DiagnosticCode, LooksLike } from './diagnostic.js';
import { q, type Catalogue } from './message-kit.js';
import { didYouMean } from './suggest.js';

/** The Chinese words of the sources of a material, as the files are written: 申请人自备、政府部门核发、第三方. */
const SOURCES = authoredKeys('source').map((key) => writtenWord('source', key));

/** What a cell of each data element should hold, for the hint of a cell that could not be read. */
const EXPECTED: Record<string, [string, string]> = {
  事项类型: ['行政许可、行政确认、行政给付、行政裁决、行政奖励、行政征收、其他行政权力、公共服务', '行政许可, 行政确认, 行政给付, 行政裁决, 行政奖励, 行政征收, 其他行政权力 or 公共服务'],
  行使层级: ['国家级、省级、市级、县级、乡级（只写一级）', 'one of 国家级, 省级, 市级, 县级, 乡级'],
  办件类型: ['即办件 或 承诺件', '即办件 or 承诺件'],
  网办深度: ['Ⅰ级–Ⅳ级（也可写 三级、III级，或“全程网办”）', 'Ⅰ级 to Ⅳ级 (三级 and III级 are read too, and 全程网办)'],
  来源渠道: [SOURCES.join('、'), `${SOURCES.slice(0, -1).join(', ')} or ${SOURCES.at(-1)}`],
  材料类型: ['原件、复印件、电子（纸质按原件计）', '原件, 复印件 or 电子 (纸质 is read as 原件)'],
  必要性: ['必要、容缺、非必要（非必要的材料请在“适用情形”列写明何时需要）', '必要, 容缺 or 非必要 (give the case in 适用情形)'],
  是否收费: ['是 或 否', '是 or 否 (yes or no)'],
  是否容缺: ['是 或 否', '是 or 否 (yes or no)'],
  是否计入法定时限: ['是 或 否', '是 or 否 (yes or no)'],
};

const expected = (element: string, lang: Lang) => EXPECTED[element]?.[lang === 'zh' ? 0 : 1];

/** What a file that is not a workbook looks like, as readWorkbook guesses it. */
const LOOKS: Readonly<Record<LooksLike, readonly [string, string]>> = {
  text: ['，看起来是文本文件（如 CSV）', '; it looks like a text file (a CSV?)'],
  pdf: ['，而是 PDF 文件', '; it is a PDF'],
  zip: ['，而是其他压缩格式的文件（如 Word 文档）', '; it is another zipped format (a Word document?)'],
  folder: ['，而是一个文件夹', '; it is a folder'],
  other: ['', ''],
};

const KIND = { item: ['事项', 'item'], material: ['材料', 'material'], step: ['环节', 'step'] } as const;

/** The codes about workbooks. */
export type ImportCode = Extract<DiagnosticCode, `import-${string}`>;

/** Every import code's sentence and hint. */
export const IMPORT_MESSAGES: Catalogue<ImportCode> = {
  // The workbook
  'import-not-workbook': {
    zh: (a) => `这不是 Excel 工作簿（.xlsx）${LOOKS[a.looks][0]}`,
    en: (a) => `This is not an Excel workbook (.xlsx)${LOOKS[a.looks][1]}`,
    hintZh: () => '请在 Excel 或 WPS 中打开实施清单，“另存为” Excel 工作簿（*.xlsx）后再导入。',
    hintEn: () => 'Open the list in Excel or WPS and save it as an Excel workbook (*.xlsx), then import that.',
  },
  'import-old-format': {
    zh: () => '这是旧版 Excel 文件（.xls），无法直接读取',
    en: () => 'This is an old-format Excel file (.xls), which cannot be read',
    hintZh: () => '请在 Excel 或 WPS 中打开它，“另存为” Excel 工作簿（*.xlsx）后再导入。',
    hintEn: () => 'Open it in Excel or WPS and save it as an Excel workbook (*.xlsx), then import that.',
  },
  'import-encrypted': {
    zh: () => '工作簿设置了打开密码（已加密），无法读取',
    en: () => 'The workbook is password-protected (encrypted) and cannot be read',
    hintZh: () => '请在 Excel 中打开，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码并保存，再导入。',
    hintEn: () => 'Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password), save, and import again.',
  },
  'import-too-large': {
    zh: (a) => `工作簿太大（${a.size}），超过 ${a.limit} 的上限`,
    en: (a) => `The workbook is too large (${a.size}); the limit is ${a.limit}`,
    hintZh: () => '一个地区的实施清单通常只有几 MB；请只保留事项、材料、环节几张表，删去图片和附件后再导入。',
    hintEn: () => 'A region\'s list is a few megabytes; keep only the item, material and step sheets, without pictures or attachments.',
  },
  'import-sheet-too-large': {
    zh: (a) => `工作表超过 ${a.rows} 行，之后的行没有读取`,
    en: (a) => `The sheet has more than ${a.rows} rows; the rest were not read`,
    hintZh: () => '请把清单拆成几个工作簿分别导入。',
    hintEn: () => 'Split the list into several workbooks and import each.',
  },
  'import-empty': {
    zh: () => '工作簿中没有任何内容',
    en: () => 'The workbook has no content',
    hintZh: () => '请确认选择的是填好的实施清单，而不是空白模板。',
    hintEn: () => 'Check that this is the filled-in list, not an empty template.',
  },
  'import-no-header': {
    zh: (a) => `工作表 ${q(a.sheet)} 中找不到表头`,
    en: (a) => `No header row can be found on sheet ${q(a.sheet)}`,
    hintZh: () => '表头应有“事项名称”“材料名称”或“环节名称”之一，以及至少一个其他数据项（如 承诺办结时限、份数、办理时限），写在前 20 行内；表头写法不同时，请用 --mapping 映射文件写明表头所在行和各列的含义。',
    hintEn: () => 'A header has 事项名称, 材料名称 or 环节名称 and at least one more data element, within the first 20 rows; for other spellings give a mapping file with --mapping.',
  },
  'import-no-items': {
    zh: () => '找到了表头，但表头下面没有任何事项',
    en: () => 'The header was found, but no item is listed under it',
    hintZh: () => '请确认“事项名称”一列已填写。',
    hintEn: () => 'Check that the 事项名称 column is filled in.',
  },
  'import-mapping-sheet': {
    zh: (a) => `映射文件写的工作表 ${q(a.sheet)} 在工作簿中不存在`,
    en: (a) => `The mapping file names sheet ${q(a.sheet)}, which the workbook does not have`,
    hintZh: (a) => didYouMean('zh', a.suggestion) || `工作簿中的工作表：${a.known}`,
    hintEn: (a) => didYouMean('en', a.suggestion) || `Sheets of the workbook: ${a.known}`,
  },
  // Sheets and rows
  'import-duplicate-item': {
    zh: (a) => `事项名称 ${q(a.name)} 重复，${a.first} 已有同名事项；这两个事项都没有导入`,
    en: (a) => `The item name ${q(a.name)} is used twice (${a.first} has it too); neither item is imported`,
    hintZh: () => '同名事项分不清材料和环节属于哪一个。若是两个不同的事项，请在名称中区分，例如加上“（新办）”“（变更）”。',
    hintEn: () => 'With one name for two items, their materials and steps cannot be told apart; give them different names, e.g. with （新办） and （变更）.',
  },
  'import-no-item-column': {
    zh: (a) => `工作表 ${q(a.sheet)} 没有“事项名称”或“事项编码”列，工作簿中有 ${a.items} 个事项，无法确定每一行属于哪个事项`,
    en: (a) => `Sheet ${q(a.sheet)} has no 事项名称 or 事项编码 column, and the workbook has ${a.items} items: its rows cannot be given to an item`,
    hintZh: () => '请在该表加上“事项名称”列；或用映射文件（--mapping）指明哪一列是事项名称。',
    hintEn: () => 'Add a 事项名称 column to the sheet, or name it in a mapping file (--mapping).',
  },
  'import-unknown-item': {
    zh: (a) => `事项 ${q(a.name)} 不在事项表中，这一行没有导入`,
    en: (a) => `Item ${q(a.name)} is not in the item sheet; the row is not imported`,
    hintZh: (a) => didYouMean('zh', a.suggestion) || '请核对事项名称是否与事项表一致（包括括号和空格）。',
    hintEn: (a) => didYouMean('en', a.suggestion) || 'Check that the name is written as in the item sheet (brackets and spaces included).',
  },
  'import-blank-name': {
    zh: (a) => `这一行有内容，但${KIND[a.kind][0]}名称是空的，没有导入`,
    en: (a) => `This row has values but no ${KIND[a.kind][1]} name; it is not imported`,
    hintZh: () => '请填写名称；若这一行是上一行的续行，请把内容并入上一行。',
    hintEn: () => 'Fill in the name; if the row continues the one above, move its text there.',
  },
  // Cells
  'import-word': {
    zh: (a) => `${a.element ? `${a.element} ` : ''}${q(a.value)} 看不懂，没有导入这一项`,
    en: (a) => `${a.element ? `${a.element} ` : ''}${q(a.value)} cannot be read; it is left out`,
    hintZh: (a) => (expected(a.element, 'zh') ? `应为：${expected(a.element, 'zh')}。` : '请核对这一格的写法。'),
    hintEn: (a) => (expected(a.element, 'en') ? `Expected: ${expected(a.element, 'en')}.` : 'Check what the cell says.'),
  },
  'import-time': {
    zh: (a) => `${a.element ? `${a.element} ` : '时限'}${q(a.value)} 看不懂，没有导入`,
    en: (a) => `The time ${q(a.value)}${a.element ? ` (${a.element})` : ''} cannot be read; it is left out`,
    hintZh: () => '写成“5个工作日”“20天”“15个自然日”“2小时”“即办”，或只写数字并在表头或单位列写明单位。',
    hintEn: () => 'Write 5个工作日, 20天, 15个自然日, 2小时 or 即办, or a number with the unit in the header or a unit column.',
  },
  'import-number': {
    zh: (a) => `${a.element ? `${a.element} ` : ''}${q(a.value)} 不是${a.max !== undefined ? ` ${a.min} 到 ${a.max} 之间的` : ''}整数，没有导入`,
    en: (a) => `${a.element ? `${a.element} ` : ''}${q(a.value)} is not a whole number${a.max !== undefined ? ` from ${a.min} to ${a.max}` : ''}; it is left out`,
    hintZh: () => '写成数字，例如 1 或 “1份”；“若干”“按需”等请改为具体数量。',
    hintEn: () => 'Write a number such as 1 or 1份; replace words like 若干 with a count.',
  },
  'import-code': {
    zh: (a) => `事项编码 ${q(a.value)} 格式不对，没有导入`,
    en: (a) => `The item code ${q(a.value)} is not valid; it is left out`,
    hintZh: () => '事项编码由数字、字母和 - 组成，4 到 64 位（GB/T 39554.1-2020）。',
    hintEn: () => 'An item code has 4 to 64 digits, letters and - (GB/T 39554.1-2020).',
  },
  'import-text-long': {
    zh: (a) => `${a.element || '这一格'}超过 ${a.limit} 个字，只导入了前 ${a.limit} 个字`,
    en: (a) => `${a.element || 'The cell'} is longer than ${a.limit} characters; the first ${a.limit} were imported`,
    hintZh: () => '请在生成的文件中核对并精简。',
    hintEn: () => 'Check and shorten it in the written file.',
  },
  'import-fee': {
    zh: (a) => `收费金额 ${q(a.value)} 看不懂，没有导入收费`,
    en: (a) => `The fee amount ${q(a.value)} cannot be read; no fee is imported`,
    hintZh: () => '收费标准写成每件的金额，例如“50元”；按面积、按件数计的，请在生成的文件中按典型案件填写 fees。',
    hintEn: () => 'Write the amount per case, e.g. 50元; for fees by area or count, fill in `fees` for a typical case in the written file.',
  },
  'import-no-steps': {
    zh: (a) => (a.steps > 0 ? '没有找到这个事项的环节表，流程按“办理流程”一栏的环节导入，各环节时限不详' : '没有找到这个事项的环节表，流程按一个环节“办理”导入'),
    en: (a) => (a.steps > 0 ? 'No steps were found for this item; the process is read from its 办理流程 text, without step times' : 'No steps were found for this item; the process is one step, 办理'),
    hintZh: () => '环节数和用时会因此不准；请补上环节表（环节名称、办理时限、是否计入法定时限），或在生成的文件中补写。',
    hintEn: () => 'Steps and time will be off; add a step table (环节名称, 办理时限, 是否计入法定时限), or fill in the written file.',
  },
  'import-material-step': {
    zh: (a) => `材料的提交环节 ${q(a.value)} 不在这个事项的环节中，材料记在第一个环节 ${q(a.first)}`,
    en: (a) => `The step ${q(a.value)} named for the material is not one of the item's steps; it is handed in at the first step, ${q(a.first)}`,
    hintZh: (a) => didYouMean('zh', a.suggestion) || '请核对提交环节的名称是否与环节表一致。',
    hintEn: (a) => didYouMean('en', a.suggestion) || 'Check that the step is named as in the step table.',
  },
  'import-step-calendar-days': {
    zh: (a) => `环节时限 ${q(a.value)} 是自然日，环节用时暂按工作日导入`,
    en: (a) => `The step time ${q(a.value)} is in calendar days; it is imported as working days for now`,
    hintZh: () => '环节用时目前只能以工作日或小时计；请在生成的文件中核对。',
    hintEn: () => 'Step durations are in working days or hours for now; check the written file.',
  },
  // Writing
  'import-exists': {
    zh: () => '文件已存在，未覆盖；这次没有写入任何文件',
    en: () => 'The file exists and was not overwritten; no file was written this time',
    hintZh: () => '换一个输出文件夹（-o），或加 --force 覆盖。',
    hintEn: () => 'Choose another folder (-o), or add --force to overwrite.',
  },
  'import-write': {
    zh: (a) => `无法写入文件（${a.reason}）`,
    en: (a) => `The file cannot be written (${a.reason})`,
    hintZh: () => '请检查输出文件夹是否存在、是否有写入权限。',
    hintEn: () => 'Check that the output folder can be written to.',
  },
};
