/**
 * `npm run docs`: rewrites what is written from one source elsewhere: the command reference in
 * README.md (between its commands markers, in Chinese and English) from the command table, so the
 * README says what `wujian --help` says; and the words authors may write for enumerated fields, in the
 * schemas (so the editor offers what validate accepts) and in the README's table, from the vocabulary.
 * tests/cli/docs.test.ts and tests/vocabulary/words.test.ts fail when any of them is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withCommandReference } from '../src/cli/help.js';
import { withSchemaWords, withWordsTable, type SchemaFile } from '../src/model/authored-words.js';

/** Rewrites `file` (relative to the repository) with `rewrite`, and says whether it changed. */
function rewrite(file: string, what: string, change: (text: string) => string): void {
  const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after !== before) writeFileSync(path, after);
  process.stderr.write(`${file}: ${what} ${after === before ? 'up to date' : 'rewritten'}\n`);
}

rewrite('README.md', 'command reference', withCommandReference);
rewrite('README.md', 'table of words', withWordsTable);
for (const schema of ['procedure', 'bundle'] as const satisfies readonly SchemaFile[]) {
  rewrite(`schemas/${schema}.schema.json`, 'vocabulary words', (text) => withSchemaWords(schema, text));
}
