/**
 * `analyze` of many files loads and analyses them in worker threads and writes exactly what doing it in
 * this thread writes: the same table, JSON and Markdown in both languages, the same errors, for valid
 * and broken procedures with a calendar, the project settings and a targets file beside them; a folder
 * with a bundle is analysed here, with the same result.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/analyze.js';
import { createMemoryIO } from '../../src/cli/io.js';
import { parseCommandLine } from '../../src/cli/parse.js';
import { analyze } from '../../src/cli/table/analyze.js';
import type { CommandContext } from '../../src/cli/table/types.js';
import type { Lang } from '../../src/model/types.js';
import { createTempDir, ROOT } from '../support/files.js';
import { writeMixedCatalogue } from '../support/mixed-catalogue.js';

/** analyze `argv` in `cwd`, in `lang`, from `threadedFrom` files in worker threads. */
async function analyzeWith(cwd: string, argv: string[], threadedFrom: number, lang: Lang = 'zh') {
  const parsed = parseCommandLine(analyze, argv, lang);
  if (!parsed.ok) throw new Error(parsed.message);
  const io = createMemoryIO(cwd);
  const context = { values: parsed.values, positionals: parsed.positionals, lang, io, usage: () => 2 } as unknown as CommandContext<typeof analyze.options>;
  const code = await run(context, threadedFrom);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** The same output with every file analysed here and with every file analysed in worker threads. */
async function expectSameBothWays(cwd: string, paths: string[]) {
  for (const lang of ['zh', 'en'] as const) {
    for (const format of ['table', 'json', 'md']) {
      const argv = [...paths, '--format', format];
      expect(await analyzeWith(cwd, argv, 0, lang)).toEqual(await analyzeWith(cwd, argv, Infinity, lang));
    }
  }
  return analyzeWith(cwd, [...paths, '--format', 'json'], 0);
}

describe('wujian analyze in worker threads', () => {
  const dir = createTempDir();

  it('writes what analysing in this thread writes: procedures valid and broken, a calendar, settings, targets', async () => {
    writeMixedCatalogue(join(dir, 'catalogue'));
    const { code, stdout, stderr } = await expectSameBothWays(dir, ['catalogue']);
    expect(code).toBe(1);
    expect(stderr).toContain('catalogue/broken.yaml:');
    expect(stderr).toContain('catalogue/targets.yaml:');
    expect(JSON.parse(stdout).procedures.map((p: { file: string }) => p.file)).toContain('catalogue/food-business-licence-after.yaml');
  }, 180_000);

  it('counts 环节 by --step-counting in the workers as here', async () => {
    const argv = ['processes/food-business-licence', 'processes/construction-permit', '--step-counting', 'per-step', '--format', 'json'];
    expect(await analyzeWith(ROOT, argv, 0)).toEqual(await analyzeWith(ROOT, argv, Infinity));
  }, 60_000);

  it('analyses a folder with a bundle in this thread, with the same result', async () => {
    const { code } = await expectSameBothWays(ROOT, ['processes/open-restaurant-guangyuan']);
    expect(code).toBe(0);
  }, 180_000);
});
