/**
 * `analyze` of many files loads and analyses them in worker threads and writes exactly what doing it in
 * this thread writes: the same table, JSON and Markdown in both languages, the same errors, for valid
 * and broken procedures with a calendar, the project settings and a targets file beside them; the same
 * finish dates on a user's calendar from a start date; the
 * bundles among them, resolved and analysed here after the workers, as loading everything here does.
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
import { BUNDLE_PATHS, writeBundlesById, writeMixedCatalogue } from '../support/mixed-catalogue.js';

/** analyze `argv` in `cwd`, in `lang`, from `threadedFrom` files in worker threads. */
async function analyzeWith(cwd: string, argv: string[], threadedFrom: number, lang: Lang = 'zh') {
  const parsed = parseCommandLine(analyze, argv, lang);
  if (!parsed.ok) throw new Error(parsed.message);
  const io = createMemoryIO(cwd);
  const context = { values: parsed.values, positionals: parsed.positionals, lang, io, usage: () => 2 } as unknown as CommandContext<typeof analyze.options>;
  const code = await run(context, threadedFrom);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** Every language and format. */
const EVERY_WAY = (['zh', 'en'] as const).flatMap((lang) => ['table', 'json', 'md'].map((format) => [lang, format] as const));

/** The same output in `ways` (languages and formats) with every file analysed here and with every file analysed in worker threads. */
async function expectSameBothWays(cwd: string, paths: string[], ways: ReadonlyArray<readonly [Lang, string]> = EVERY_WAY) {
  for (const [lang, format] of ways) {
    const argv = [...paths, '--format', format];
    expect(await analyzeWith(cwd, argv, 0, lang)).toEqual(await analyzeWith(cwd, argv, Infinity, lang));
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

  it('counts on the same calendar and start date in the workers as here: a county’s days off move the finish dates', async () => {
    const calendar = ['--calendar', 'tests/fixtures/diagnostics/calendar-overrides-official.yaml'];
    const paths = ['processes/food-business-licence', 'processes/open-restaurant'];
    const ways = [['zh', 'json'], ['en', 'table']] as const;
    const dated = await expectSameBothWays(ROOT, [...paths, ...calendar, '--start-date', '2026-10-08'], ways);
    await expectSameBothWays(ROOT, [...paths, ...calendar], ways);
    const official = await analyzeWith(ROOT, [...paths, '--start-date', '2026-10-08', '--format', 'json'], 0);
    const finishes = (text: string) => JSON.parse(text).procedures.map((p: { time: { fastest?: { finish?: { date: string } } } }) => p.time.fastest?.finish?.date);
    // The county's day off (2026-10-10 县庆) is counted in the workers too.
    expect(finishes(dated.stdout)).not.toEqual(finishes(official.stdout));
  }, 120_000);

  it('counts 环节 by --step-counting in the workers as here', async () => {
    const argv = ['processes/food-business-licence', 'processes/construction-permit', '--step-counting', 'per-step', '--format', 'json'];
    expect(await analyzeWith(ROOT, argv, 0)).toEqual(await analyzeWith(ROOT, argv, Infinity));
  }, 60_000);

  it('resolves and analyses the bundles after the workers as here: by path and by id, broken items, a cycle, a limit no case can keep', async () => {
    writeBundlesById(join(dir, 'by-id'));
    const { code, stdout, stderr } = await expectSameBothWays(ROOT, [...BUNDLE_PATHS, join(dir, 'by-id')], [['zh', 'json'], ['en', 'table']]);
    expect(code).toBe(1);
    const bundles = JSON.parse(stdout).bundles.map((b: { id: string }) => b.id);
    expect(bundles).toEqual(expect.arrayContaining(['open-restaurant', 'newborn-birth', 'by-id']));
    expect(stderr).toContain('alpha');
  }, 180_000);
});
