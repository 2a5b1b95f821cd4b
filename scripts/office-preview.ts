/**
 * Writes the Word, PowerPoint and Excel files of a bundled pair, has LibreOffice convert each to PDF
 * headless (as a reader opening the file would, without repair), and turns the pages into PNGs to look
 * at (pdftoppm). Run by hand: `npm run office:preview [-- <pair folder> [out folder]]`; needs soffice
 * and pdftoppm (poppler-utils) on the PATH. The tests read the files back with libraries instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { run } from '../src/cli/main.js';
import { createMemoryIO } from '../src/cli/io.js';

const ROOT = resolve(import.meta.dirname, '..');
const pair = process.argv[2] ?? 'processes/food-business-licence';
const out = resolve(process.argv[3] ?? join(ROOT, 'bench', 'out', 'office'));

function sh(command: string, args: string[]): void {
  const done = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
  if (done.error || done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${done.error?.message ?? `exit ${done.status}`}`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const name = basename(pair);
for (const extension of ['docx', 'pptx', 'xlsx']) {
  const file = join(out, `${name}-${extension}.${extension}`);
  const io = createMemoryIO(ROOT);
  const code = await run(['compare', join(pair, 'before.yaml'), join(pair, 'after.yaml'), '--target', '材料压减至少30%', '--target', '跑动不超过1', '-o', file], io);
  if (code !== 0 && code !== 3) throw new Error(`compare -o ${file} exited ${code}: ${io.stderr}`);
  sh('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, file]);
  sh('pdftoppm', ['-r', '70', '-png', join(out, `${name}-${extension}.pdf`), join(out, `${name}-${extension}`)]);
}
console.log(`wrote ${readdirSync(out).length} files to ${out}`);
