/**
 * `wujian init`: write commented starting files that validate as they are, in block style so the
 * editor's completion works everywhere in them. Each template names the files it writes; a new kind
 * of starting file (a calendar, say) is one more entry in TEMPLATES.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, type Scalar } from 'yaml';
import type { Lang } from '../../model/types.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { writeWhole } from '../write.js';

const templateFile = (name: string) => fileURLToPath(new URL(`../templates/${name}`, import.meta.url));
const schemaFile = (name: string) => fileURLToPath(new URL(`../../../schemas/${name}`, import.meta.url));

/** A file a template writes. */
interface Planned {
  /** Absolute path. */
  file: string;
  /** Its whole text. */
  text: string;
}

/** A kind of starting file: the words that choose it and the files it writes for a target path. */
interface Template {
  words: readonly string[];
  plan(target: string): Planned[];
}

/** The items a new bundle starts with, written beside it (templates/bundle.yaml names these files and ids). */
const BUNDLE_ITEMS = [
  { id: '事项一', name: '事项一（请改为事项名称）' },
  { id: '事项二', name: '事项二（请改为事项名称）' },
] as const;

const TEMPLATES: Record<string, Template> = {
  procedure: { words: ['procedure', '事项'], plan: (target) => [{ file: target, text: fromTemplate('procedure.yaml', target, 'procedure.schema.json') }] },
  bundle: {
    words: ['bundle', '一件事'],
    plan: (target) => [
      { file: target, text: fromTemplate('bundle.yaml', target, 'bundle.schema.json') },
      ...BUNDLE_ITEMS.map((item) => {
        const file = join(dirname(target), `${item.id}.yaml`);
        return { file, text: withIdAndName(fromTemplate('procedure.yaml', file, 'procedure.schema.json'), item.id, item.name) };
      }),
    ],
  },
};

/** The template names and the words for them, for the help text. */
export const TEMPLATE_WORDS = Object.values(TEMPLATES).flatMap((t) => t.words);

/** Runs `wujian init <file> [--template 事项|一件事]` (the template word checked by the caller); refuses to overwrite unless `force`. */
export function initCommand(file: string, options: { force: boolean; lang: Lang; template?: string }, io: IO): ExitCode {
  const zh = options.lang === 'zh';
  const target = resolve(io.cwd, file);
  const template = Object.values(TEMPLATES).find((t) => t.words.includes(options.template ?? 'procedure')) ?? TEMPLATES.procedure!;
  if (!/\.ya?ml$/i.test(target)) {
    io.err(zh ? `错误：文件名应以 .yaml 结尾：${file}\n` : `error: the file name should end in .yaml: ${file}\n`);
    return Exit.USAGE;
  }
  const planned = template.plan(target);
  const shown = (p: Planned) => relative(io.cwd, p.file) || basename(p.file);
  const existing = options.force ? [] : planned.filter((p) => existsSync(p.file)).map(shown);
  if (existing.length > 0) {
    const list = existing.join(zh ? '、' : ', ');
    io.err(zh ? `错误：${list} 已存在，未覆盖。\n  提示：换一个文件名，或加 --force 覆盖。\n` : `error: ${list} already exists and was not overwritten.\n  hint: choose another name, or add --force.\n`);
    return Exit.INVALID;
  }
  for (const p of planned) {
    const failure = writeWhole(p.file, p.text);
    if (failure) {
      io.err(`${zh ? '错误：无法写入' : 'error: cannot write'} ${shown(p)} (${failure})\n`);
      return Exit.INVALID;
    }
  }
  const names = planned.map(shown).join(zh ? '、' : ', ');
  const check = planned.length > 1 ? relative(io.cwd, dirname(target)) || '.' : file;
  io.out(zh ? `已生成 ${names}。编辑后运行：wujian validate ${check}\n` : `Wrote ${names}. Edit, then run: wujian validate ${check}\n`);
  return Exit.OK;
}

/** A template's text with its first line pointing the editor at `schema`, relative to `target`. */
function fromTemplate(name: string, target: string, schema: string): string {
  const schemaRef = relative(dirname(target), schemaFile(schema)).split('\\').join('/');
  return readFileSync(templateFile(name), 'utf8').replace('$SCHEMA', schemaRef);
}

/** The procedure template as another item: its id and name replaced, comments kept. */
function withIdAndName(text: string, id: string, name: string): string {
  const doc = parseDocument(text);
  (doc.get('id', true) as Scalar).value = id;
  (doc.get('name', true) as Scalar).value = name;
  return doc.toString();
}
