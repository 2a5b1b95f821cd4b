/**
 * `npm run docs`: rewrites the command reference in README.md (between its commands markers, in
 * Chinese and English) from the command table, so the README says what `wujian --help` says.
 * tests/cli/docs.test.ts fails when README.md is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withCommandReference } from '../src/cli/help.js';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const before = readFileSync(README, 'utf8');
const after = withCommandReference(before);
if (after !== before) writeFileSync(README, after);
process.stderr.write(after === before ? 'README.md: command reference up to date\n' : 'README.md: command reference rewritten\n');
