/** `wujian import`: an Excel 实施清单 becomes one procedure file per item. */
import { Exit } from '../io.js';
import { USAGE_EXIT } from './common.js';
import { defineCommand } from './types.js';

/** Options of `import`. */
export const importOptions = {
  out: {
    type: 'text',
    short: 'o',
    value: { zh: '文件夹', en: 'folder' },
    description: { zh: '写到哪个文件夹（默认：当前文件夹下与工作簿同名的文件夹）', en: 'where to write (default: a folder named after the workbook, in the working folder)' },
  },
  mapping: {
    type: 'text',
    short: 'm',
    value: { zh: '文件', en: 'file' },
    description: {
      zh: '映射文件（YAML，见 schemas/import-mapping.schema.json）：表头认不出来时，写明表头在哪一行、哪一列是哪个数据项、哪些工作表跳过',
      en: 'a mapping file (YAML, schemas/import-mapping.schema.json) for a layout that cannot be guessed: the header row, which column holds which data element, which sheets to skip',
    },
  },
  force: { type: 'flag', description: { zh: '覆盖已存在的文件（默认：有文件已存在时一个都不写）', en: 'overwrite existing files (by default nothing is written when one exists)' } },
} as const;

export const importCommand = defineCommand({
  name: 'import',
  usage: [{ zh: '<清单.xlsx>', en: '<list.xlsx>' }],
  summary: { zh: '从 Excel 实施清单导入事项：每个事项生成一个可直接校验的文件', en: 'bring in the items of an Excel 实施清单, one valid procedure file each' },
  description: {
    zh: `读取政务服务事项管理系统导出的实施清单、办事指南（.xlsx），每个事项写成一个事项文件（改革前版本），
写入即可校验。认得各省常见的表头写法（如 实施主体/实施机构、法定办结时限/法定时限、到办事现场次数/到现场次数），
表头上方的标题行、合并单元格、空白续行，“5个工作日”“20天”“即办”“2小时”等时限写法，以文本存储的数字和“是/否”。
可以是事项表、材料表、环节表分开的几张工作表，也可以是一张什么都有的表。
流程按环节表的顺序依次办理，材料在第一个环节提交（材料表写了“提交环节”的除外）。每个值右侧的注释写明它来自哪个
单元格，以及导入时作了什么假设。读不懂的单元格给出“工作表!单元格”和提示；读不出来的事项不写文件，并在最后列出。`,
    en: `Reads an Excel 实施清单 or 办事指南 export (.xlsx) and writes each item as a procedure file (the version before
reform), valid as written. It knows the header spellings of many provinces (实施主体/实施机构, 法定办结时限/法定时限,
到办事现场次数/到现场次数 …), title rows above the header, merged cells, blank continuation rows, times written
5个工作日, 20天, 即办 or 2小时, numbers stored as text and 是/否 flags; items, materials and steps on sheets of their
own or all on one sheet. The process runs the steps in the order listed; materials are handed in at the first
step unless the sheet names their step. A comment beside each value names its cell and what was assumed. Cells
that cannot be read are reported as sheet!cell with a hint; an item that cannot be read is not written, and the
summary lists it.`,
  },
  positionals: { min: 1, max: 1, message: { zh: '请给出一个要导入的 Excel 工作簿（.xlsx）', en: 'Give one Excel workbook (.xlsx) to import' } },
  options: importOptions,
  exits: [
    [Exit.OK, { zh: '全部事项已写入（允许有警告）', en: 'every item written (warnings allowed)' }],
    [Exit.INVALID, { zh: '有错误或有事项未写入', en: 'errors, or items not written' }],
    USAGE_EXIT,
  ],
  examples: [
    { zh: 'import 实施清单.xlsx -o processes/导入', en: 'import list.xlsx -o processes/imported' },
    { zh: 'import 实施清单.xlsx -o processes/导入 --mapping 映射.yaml', en: 'import list.xlsx -o processes/imported --mapping mapping.yaml' },
  ],
  load: () => import('../commands/import.js'),
});
