/**
 * Where the words authors may write for the enumerated fields (src/vocabulary/authoring.ts) are listed
 * besides the vocabulary: the schemas' `enum` lists, which the editor offers and validate checks, and
 * the table in the authoring guide of README.md (Chinese) and README.en.md (English). `npm run docs` writes both (withSchemaWords,
 * withWordsTable); tests/vocabulary/words.test.ts fails when either is stale, so a new word is one
 * entry of the vocabulary, never an edit of a schema or of the README by hand.
 */
import { parseDocument } from 'yaml';
import { authoredKeys, fieldWords, wordsFor, type AuthoredField, type Lang } from '../vocabulary/index.js';

/** A schema file of schemas/, by name. */
export type SchemaFile = 'procedure' | 'bundle';

/** One `enum` of a schema that lists vocabulary words. */
export interface SchemaWords {
  schema: SchemaFile;
  /** JSON pointer of the enum list. */
  pointer: string;
  /** The words it lists, in order. */
  words: readonly string[];
}

/** Every place a schema lists vocabulary words. */
export const SCHEMA_WORDS: readonly SchemaWords[] = [
  { schema: 'procedure', pointer: '/properties/online/enum', words: fieldWords('online') },
  { schema: 'procedure', pointer: '/$defs/limit/anyOf/2/properties/unit/enum', words: fieldWords('limitUnit') },
  { schema: 'procedure', pointer: '/$defs/material/properties/source/enum', words: fieldWords('source') },
  { schema: 'procedure', pointer: '/$defs/material/properties/reform/enum', words: fieldWords('reform') },
  // A state is an end or a parallel block by the words for those two types.
  { schema: 'procedure', pointer: '/$defs/state/if/properties/type/enum', words: wordsFor('stateType', 'final') },
  { schema: 'procedure', pointer: '/$defs/state/else/if/properties/type/enum', words: wordsFor('stateType', 'parallel') },
  { schema: 'procedure', pointer: '/$defs/stepType/enum', words: fieldWords('stateType') },
  { schema: 'procedure', pointer: '/$defs/step/properties/actor/enum', words: fieldWords('actor') },
  { schema: 'procedure', pointer: '/$defs/final/properties/outcome/enum', words: fieldWords('outcome') },
  { schema: 'procedure', pointer: '/$defs/duration/anyOf/1/properties/distribution/enum', words: fieldWords('distribution') },
  { schema: 'procedure', pointer: '/$defs/duration/anyOf/1/properties/unit/enum', words: fieldWords('durationUnit') },
  { schema: 'procedure', pointer: '/properties/stepCounting/enum', words: fieldWords('stepCounting') },
  { schema: 'procedure', pointer: '/$defs/step/properties/stepCounting/enum', words: fieldWords('stepCounting') },
  { schema: 'procedure', pointer: '/$defs/parallel/properties/stepCounting/enum', words: fieldWords('stepCounting') },
  { schema: 'bundle', pointer: '/properties/submission/enum', words: fieldWords('submission') },
  { schema: 'bundle', pointer: '/properties/items/items/properties/after/items/anyOf/1/properties/from/enum', words: fieldWords('dependencyFrom') },
];

/** The path a JSON pointer names: "/a/0/b" → ["a", 0, "b"]. */
function pathOf(pointer: string): Array<string | number> {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * The text of schema `schema` with each of its vocabulary lists written from the vocabulary, the rest
 * of the text (and its layout) untouched. Throws when a pointer names no list: the table above is wrong.
 */
export function withSchemaWords(schema: SchemaFile, text: string): string {
  const doc = parseDocument(text);
  const edits = SCHEMA_WORDS.filter((w) => w.schema === schema).map((w) => {
    const node = doc.getIn(pathOf(w.pointer), true) as { range?: [number, number, number] } | undefined;
    if (!node?.range) throw new Error(`${schema}.schema.json has no list at ${w.pointer}`);
    return { from: node.range[0], to: node.range[1], list: `[${w.words.map((word) => JSON.stringify(word)).join(', ')}]` };
  });
  let out = text;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.list + out.slice(e.to);
  return out;
}

/** The README table's rows: the field as an author meets it, in each README's language, and the vocabulary field it reads. */
const TABLE_ROWS: ReadonlyArray<readonly [Record<Lang, string>, AuthoredField]> = [
  [{ zh: '材料 `source`', en: 'material `source`' }, 'source'],
  [{ zh: '环节 `actor`', en: 'step `actor`' }, 'actor'],
  [{ zh: '终止状态 `outcome`', en: 'final state `outcome`' }, 'outcome'],
  [{ zh: '材料 `reform`', en: 'material `reform`' }, 'reform'],
  [{ zh: '`type`（状态）', en: '`type` (of a state)' }, 'stateType'],
  [{ zh: '时限 `unit`', en: 'limit `unit`' }, 'limitUnit'],
  [{ zh: '用时 `unit`', en: 'duration `unit`' }, 'durationUnit'],
  [{ zh: '用时 `distribution`', en: 'duration `distribution`' }, 'distribution'],
  [{ zh: '`online`', en: '`online`' }, 'online'],
  [{ zh: '一件事 `submission`', en: 'bundle `submission`' }, 'submission'],
  [{ zh: '`stepCounting`（环节计数）', en: '`stepCounting`' }, 'stepCounting'],
  [{ zh: '一件事 `after` 的 `from`', en: 'bundle `after` … `from`' }, 'dependencyFrom'],
];

/** The table's head in each README's language. */
const TABLE_HEAD: Record<Lang, string> = { zh: '| 字段 | 取值 | 也可以写 |', en: '| field | values | may also be written |' };

/**
 * The README's table of the words authors may write, in Markdown, headed in `lang`: for each field its
 * keys, and for each key the other words (its Chinese label first), keys apart by " / ".
 */
export function wordsTable(lang: Lang): string {
  const rows = TABLE_ROWS.map(([name, field]) => {
    const keys = authoredKeys(field);
    const others = keys.map((key) => wordsFor(field, key).filter((word) => word !== key).join('、') || '—');
    return `| ${name[lang]} | ${keys.join(' / ')} | ${others.join(' / ')} |`;
  });
  return [TABLE_HEAD[lang], '| --- | --- | --- |', ...rows].join('\n') + '\n';
}

/** The README's markers around the table. */
const TABLE_MARKS = ['<!-- words:start -->', '<!-- words:end -->'] as const;

/**
 * `readme` (README.md in Chinese, README.en.md in English) with the table between its markers written
 * from the vocabulary, headed in `lang`. Throws when a marker is missing.
 */
export function withWordsTable(readme: string, lang: Lang): string {
  const [start, end] = TABLE_MARKS;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the README needs the markers ${start} … ${end}`);
  return `${readme.slice(0, from + start.length)}\n${wordsTable(lang)}${readme.slice(to)}`;
}
