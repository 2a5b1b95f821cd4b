/**
 * `validate` of many files checks them in worker threads and prints exactly what checking them in
 * this thread prints: the same diagnostics, ✓ lines, counts and JSON, in both languages, for valid and
 * broken procedures, a holiday calendar, the project settings and a targets file beside them; a
 * folder with a bundle is checked here (its items are checked across files), with the same result.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/validate.js';
import { createMemoryIO } from '../../src/cli/io.js';
import type { Lang } from '../../src/model/types.js';
import { createTempDir, ROOT } from '../support/files.js';
import { writeMixedCatalogue } from '../support/mixed-catalogue.js';

/** validate of `paths` in `cwd`, from `threadedFrom` files in worker threads. */
async function validate(cwd: string, paths: string[], lang: Lang, format: 'table' | 'json', threadedFrom: number) {
  const io = createMemoryIO(cwd);
  const usage = () => 2 as const;
  const code = await run({ values: { format } as never, positionals: paths, lang, io, usage }, threadedFrom);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** The same output with every file checked here and with every file checked in worker threads. */
async function expectSameBothWays(cwd: string, paths: string[]) {
  for (const lang of ['zh', 'en'] as const) {
    for (const format of ['table', 'json'] as const) {
      const here = await validate(cwd, paths, lang, format, Infinity);
      const threaded = await validate(cwd, paths, lang, format, 0);
      expect(threaded).toEqual(here);
    }
  }
  return validate(cwd, paths, 'zh', 'table', 0);
}

describe('wujian validate in worker threads', () => {
  const dir = createTempDir();

  it('prints what checking in this thread prints: procedures valid and broken, a calendar, settings, targets', async () => {
    writeMixedCatalogue(join(dir, 'catalogue'));
    const { code, stdout } = await expectSameBothWays(dir, ['catalogue']);
    expect(code).toBe(1);
    expect(stdout).toContain('✓ catalogue/food-business-licence-after.yaml  食品经营许可（新办） [改革后]');
    expect(stdout).toContain('catalogue/broken.yaml:');
  }, 120_000);

  it('checks a folder with a bundle in this thread, with the same result', async () => {
    const { code, stdout } = await expectSameBothWays(ROOT, ['processes/open-restaurant-guangyuan']);
    expect(code).toBe(0);
    expect(stdout).toContain('✓ processes/open-restaurant-guangyuan/after.yaml');
  }, 120_000);
});
