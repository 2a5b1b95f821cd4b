/**
 * `validate` of many files checks them in worker threads and prints exactly what checking them in
 * this thread prints: the same diagnostics, ✓ lines, counts and JSON, in both languages, for valid and
 * broken procedures, a holiday calendar, the project settings and a targets file beside them; and
 * their bundles, checked across files and resolved here after the workers, reading only what their
 * items name.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/validate.js';
import { createMemoryIO } from '../../src/cli/io.js';
import type { Lang } from '../../src/model/types.js';
import { createTempDir, ROOT } from '../support/files.js';
import { checkPathsInThreads } from '../../src/cli/threaded.js';
import { displayPath } from '../../src/model/files.js';
import { BUNDLE_PATHS, writeBundlesById, writeMixedCatalogue } from '../support/mixed-catalogue.js';

/** validate of `paths` in `cwd`, from `threadedFrom` files in worker threads. */
async function validate(cwd: string, paths: string[], lang: Lang, format: 'table' | 'json', threadedFrom: number) {
  const io = createMemoryIO(cwd);
  const usage = () => 2 as const;
  const code = await run({ values: { format } as never, positionals: paths, lang, io, usage }, threadedFrom);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** Every language and format. */
const EVERY_WAY = (['zh', 'en'] as const).flatMap((lang) => (['table', 'json'] as const).map((format) => [lang, format] as const));

/** The same output in `ways` (languages and formats) with every file checked here and with every file checked in worker threads. */
async function expectSameBothWays(cwd: string, paths: string[], ways: ReadonlyArray<readonly [Lang, 'table' | 'json']> = EVERY_WAY) {
  for (const [lang, format] of ways) {
    const here = await validate(cwd, paths, lang, format, Infinity);
    const threaded = await validate(cwd, paths, lang, format, 0);
    expect(threaded).toEqual(here);
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

  it('checks the bundles after the workers as here: by path and by id, items missing, invalid or repeated, a cycle', async () => {
    writeBundlesById(join(dir, 'by-id'));
    const { code, stdout } = await expectSameBothWays(ROOT, [...BUNDLE_PATHS, join(dir, 'by-id')], [['zh', 'table'], ['en', 'json']]);
    expect(code).toBe(1);
    expect(stdout).toContain('✓ processes/open-restaurant-guangyuan/after.yaml');
    expect(stdout).toMatch(/✓ .*by-id\/by-id\.yaml/);
    expect(stdout).toContain('alpha');
  }, 120_000);

  it('keeps the workers for a folder with bundles: each bundle resolved here against the procedures found', async () => {
    writeBundlesById(join(dir, 'resolved'));
    const threaded = await checkPathsInThreads(['processes/open-restaurant', join(dir, 'resolved')], { cwd: ROOT }, {}, 0);
    const bundles = threaded!.files.flatMap((f) => (f.bundle ? [f.bundle] : []));
    const items = (id: string) => {
      const side = bundles.find((b) => b.document?.id === id)?.side;
      return side && 'bundle' in side ? side.items.map((i) => i.procedure.file) : [];
    };
    expect(items('open-restaurant')).toHaveLength(5);
    // By id, the later of two files with one id, as the workspace takes it.
    expect(items('by-id')).toEqual([join(dir, 'resolved', 'z-copy', 'alpha.yaml'), join(dir, 'resolved', 'beta.yaml')].map((f) => displayPath({ cwd: ROOT }, f)));
    expect(bundles.find((b) => b.document === undefined && b.file.endsWith('misspelt.yaml'))?.diagnostics.map((d) => d.code)).toContain('bundle-unknown-item');
  }, 60_000);
});
