/** Reading a command line against a command's declaration: typed values, defaults, and where other defaults come in. */
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/parse.js';
import { simulate } from '../../src/cli/table/simulate.js';
import { compare } from '../../src/cli/table/compare.js';
import { DEFAULT_MONEY, MAX_SEED } from '../../src/analysis/defaults.js';

describe('parseCommandLine', () => {
  it('gives typed values with the declared defaults', () => {
    const parsed = parseCommandLine(simulate, ['a.yaml', '--runs', '2000'], 'zh');
    expect(parsed).toMatchObject({ ok: true, help: false, positionals: ['a.yaml'], values: { runs: 2000, seed: 42, format: 'table', engine: 'fast' } });
  });

  it('takes defaults from elsewhere (a settings file) over the declared ones; the command line still wins', () => {
    expect(parseCommandLine(simulate, ['a.yaml'], 'zh', { seed: 7 })).toMatchObject({ values: { seed: 7 } });
    expect(parseCommandLine(simulate, ['a.yaml', '--seed', '9'], 'zh', { seed: 7 })).toMatchObject({ values: { seed: 9 } });
  });

  it('counts positional arguments as the options say: compare takes two files, or folders with --all', () => {
    expect(parseCommandLine(compare, ['a.yaml'], 'en')).toEqual({ ok: false, message: 'Give two files: before and after' });
    expect(parseCommandLine(compare, ['--all', 'a', 'b', 'c'], 'en')).toMatchObject({ ok: true, values: { all: true, map: [], 'trip-cost': DEFAULT_MONEY.tripCost } });
  });

  it('refuses a whole number out of its range, in words that name the range', () => {
    expect(parseCommandLine(simulate, ['a.yaml', '--seed', String(MAX_SEED + 1)], 'zh')).toEqual({ ok: false, message: `--seed 应为 0 到 ${MAX_SEED} 之间的整数（实际为 "${MAX_SEED + 1}"）` });
  });
});
