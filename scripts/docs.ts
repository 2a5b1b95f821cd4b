/**
 * `npm run docs`: rewrites what is written from one source elsewhere: the command reference in
 * README.md (Chinese) and README.en.md (English), between their commands markers, from the command
 * table, so each README says what `wujian --help` says in its language; and the words authors may write
 * for enumerated fields, in the schemas (so the editor offers what validate accepts) and in each
 * README's table, from the vocabulary.
 * tests/cli/docs.test.ts and tests/vocabulary/words.test.ts fail when any of them is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { READMES, withCommandReference } from '../src/cli/help.js';
import { withSchemaWords, withWordsTable, type SchemaFile } from '../src/model/authored-words.js';

/** Rewrites `file` (relative to the repository) with `rewrite`, and says whether it changed. */
function rewrite(file: string, what: string, change: (text: string) => string): void {
  const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after !== before) writeFileSync(path, after);
  process.stderr.write(`${file}: ${what} ${after === before ? 'up to date' : 'rewritten'}\n`);
}

for (const [lang, file] of Object.entries(READMES) as Array<[keyof typeof READMES, string]>) {
  rewrite(file, 'command reference', (text) => withCommandReference(text, lang));
  rewrite(file, 'table of words', (text) => withWordsTable(text, lang));
}
for (const schema of ['procedure', 'bundle'] as const satisfies readonly SchemaFile[]) {
  rewrite(`schemas/${schema}.schema.json`, 'vocabulary words', (text) => withSchemaWords(schema, text));
}
