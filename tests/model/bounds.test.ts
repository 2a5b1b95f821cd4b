/**
 * Every number of the language has a bound a real procedure never reaches, refused with a located
 * diagnostic beyond it, so that no figure computed from them can overflow to Infinity or NaN: fees,
 * yearly volume, a lognormal's spread, targets and the money settings of compare.
 */
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/model/load.js';
import { parseTarget } from '../../src/model/targets.js';
import { readCompareLine } from '../support/cli.js';
import { places } from '../support/files.js';
import { sampleProcedure } from '../support/sample.js';

/** The sample procedure with `top` added at the top level and the review step's duration. */
function load(top: string, duration = '1') {
  return loadText('sample.yaml', sampleProcedure(duration, top));
}

describe('the bounds of the language', () => {
  it('refuse a fee above 100,000,000 yuan where it is written', () => {
    const { diagnostics } = load('fees: [{ name: 工本费, amount: 1e308 }, { name: 证照费, amount: 100000000 }]');
    expect(places(diagnostics)).toEqual(['schema-range 4:29']);
  });

  it('refuse a yearly volume above 1,000,000,000 cases', () => {
    expect(places(load('volume: 1e12').diagnostics)).toEqual(['schema-range 4:9']);
    expect(load('volume: 1000000000').diagnostics).toEqual([]);
  });

  it('refuse a lognormal whose 95th percentile is more than 100 times its median (a tiny median overflowed)', () => {
    const { diagnostics } = load('', '{ distribution: lognormal, mode: 1e-300, max: 1 }');
    expect(places(diagnostics)).toEqual(['duration-distribution 9:51']);
    expect(diagnostics[0]).toMatchObject({ code: 'duration-distribution', args: { reason: 'lognormal-ratio', ratio: 100 } });
    expect(load('', '{ distribution: lognormal, mode: 0.1, max: 10 }').diagnostics).toEqual([]);
  });

  it('refuse a cut in percent above 100 and a figure beyond any measure in a target', () => {
    expect(parseTarget('材料压减>=100.001%')).toEqual({ ok: false, problem: 'over-100' });
    expect(parseTarget('材料压减>=100%')).toMatchObject({ ok: true });
    expect(parseTarget(`费用<=${'9'.repeat(400)}`)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('refuse money settings and volumes of compare that would overflow, as usage errors', () => {
    const usage = (...argv: string[]) => {
      const read = readCompareLine('.', ...argv);
      return read.ok ? undefined : read.usage;
    };
    expect(usage('--hourly-cost', '1e308')).toBe('--hourly-cost must be a number from 0 to 100,000 (found "1e308")');
    expect(usage('--wait-hours', '25')).toBe('--wait-hours must be a number from 0 to 24 (found "25")');
    expect(usage('--volume', '9'.repeat(400))).toMatch(/^--volume takes a whole number from 0 to 1,000,000,000/);
    expect(usage('--target', '材料压减>=100.001%')).toMatch(/^The target "材料压减>=100.001%" cannot be read \(a cut above 100% can never be met\)/);
    expect(usage('--trip-cost', '251.22', '--volume', '1000000000')).toBeUndefined();
  });
});
