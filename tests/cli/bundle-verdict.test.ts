/**
 * validate's verdict on a bundle is the one analyze, simulate and compare reach: a bundle is as valid
 * as its items, and an item listed twice (which would double every figure) is an error where it is
 * listed the second time.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Exit } from '../../src/cli/io.js';
import { wujian } from '../support/cli.js';
import { createTempDir, fixture } from '../support/files.js';

const DIAGNOSTICS = fixture('diagnostics');

describe('validate of a bundle', () => {
  it('fails on an invalid item, in the bundle and in the item, as analyze, simulate and compare do', async () => {
    const validate = await wujian(DIAGNOSTICS, 'validate', 'bundle-item-invalid.yaml', '--lang', 'en');
    expect(validate.code).toBe(Exit.INVALID);
    expect(validate.stdout).toContain('bundle-item-invalid.yaml:6:13: error [bundle-item-invalid] The item file unknown-target.yaml has 1 error(s)');
    expect(validate.stdout).toContain('unknown-target.yaml:13:21: error [unknown-target]');
    expect(validate.stdout).not.toContain('✓ bundle-item-invalid.yaml');
    for (const argv of [['analyze', 'bundle-item-invalid.yaml'], ['simulate', 'bundle-item-invalid.yaml', '--runs', '10'], ['compare', 'bundle-item-invalid.yaml', 'bundle-item-invalid.yaml']]) {
      expect((await wujian(DIAGNOSTICS, ...argv)).code, argv[0]).toBe(Exit.INVALID);
    }
  });

  it('reports the item file once when it is validated alongside the bundle', async () => {
    const { stdout } = await wujian(DIAGNOSTICS, 'validate', 'bundle-item-invalid.yaml', 'unknown-target.yaml', '--lang', 'en');
    expect(stdout.split('error [unknown-target]')).toHaveLength(2);
  });

  it('refuses an item listed twice, by the same file under another spelling, and by id', async () => {
    const { code, stdout } = await wujian(DIAGNOSTICS, 'validate', 'bundle-duplicate-item.yaml', '--lang', 'en');
    expect(code).toBe(Exit.INVALID);
    expect(stdout).toContain('bundle-duplicate-item.yaml:7:13: error [bundle-duplicate-item] Item "../procedures/./alpha.yaml" is listed twice; item #1 is already it');
    const analyze = await wujian(DIAGNOSTICS, 'analyze', 'bundle-duplicate-item.yaml');
    expect(analyze.code).toBe(Exit.INVALID);
    const dir = createTempDir();
    writeFileSync(join(dir, 'bundle.yaml'), `id: twice\nname: 两次\nitems:\n  - { path: ${fixture('procedures', 'alpha.yaml')} }\n  - { id: alpha }\n`);
    const byId = await wujian(dir, 'validate', 'bundle.yaml', fixture('procedures', 'alpha.yaml'), '--lang', 'en');
    expect(byId.stdout).toContain('bundle.yaml:5:11: error [bundle-duplicate-item] Item "alpha" is listed twice; item #1 is already it');
  });
});
