/**
 * The 20-step chain of one-time corrections (issue 17) end to end: validate, analyze and compare stop
 * with the located diagnostic that suggests maxCorrections, simulate still runs, and with the budget
 * every command gives a result.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctionChain } from '../../bench/state-space.js';
import { Exit } from '../../src/cli/io.js';
import { wujian } from '../support/cli.js';
import { createTempDir } from '../support/files.js';

const DIR = createTempDir();
writeFileSync(join(DIR, 'chain.yaml'), correctionChain(20).replace('label: 基准', 'label: 改革前'));
writeFileSync(join(DIR, 'bounded.yaml'), correctionChain(20, 1).replace('label: 基准', 'label: 改革后'));

describe('a chain of 20 one-time corrections', () => {
  it('is refused by validate, analyze and compare at the process with a hint to share the budget', async () => {
    for (const argv of [['validate', 'chain.yaml'], ['analyze', 'chain.yaml'], ['compare', 'chain.yaml', 'bounded.yaml']]) {
      const { code, stdout, stderr } = await wujian(DIR, ...argv, '--lang', 'en');
      expect(code, argv.join(' ')).toBe(Exit.INVALID);
      const text = stdout + stderr;
      expect(text).toContain('chain.yaml:6:1: error [state-space-too-large] The process has 20 correction loops');
      expect(text).toContain('add maxCorrections: 1 under process');
    }
  }, 60_000); // each command unrolls 100,000 nodes before it stops: seconds each on a busy machine

  it('is still simulated', async () => {
    const { code, stdout } = await wujian(DIR, 'simulate', 'chain.yaml', '--runs', '300', '--format', 'json');
    expect(code).toBe(Exit.OK);
    expect(JSON.parse(stdout).completed).toBe(300);
  });

  it('with maxCorrections: 1 is valid, analysed and compared', async () => {
    expect((await wujian(DIR, 'validate', 'bounded.yaml')).code).toBe(Exit.OK);
    const analysed = await wujian(DIR, 'analyze', 'bounded.yaml', '--format', 'json');
    expect(analysed.code).toBe(Exit.OK);
    expect(JSON.parse(analysed.stdout).procedures[0].steps.slowest).toBe(42);
  });
});
