/** Durations as authors write them: the distribution each form means, and the figures exact analysis reads. */
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/model/load.js';
import type { Procedure, StepState } from '../../src/model/types.js';
import { places } from '../support/files.js';
import { sampleProcedure } from '../support/sample.js';

/** Loads a two-step procedure whose review step has `duration` (YAML flow text). */
function load(duration: string) {
  const text = sampleProcedure(duration);
  const result = loadText('sample.yaml', text);
  const review = (result.document as Procedure | undefined)?.process.states.get('review') as StepState | undefined;
  return { duration: review?.duration, diagnostics: result.diagnostics };
}

describe('a duration', () => {
  it('is fixed when written as a number or a lone value', () => {
    expect(load('5').duration).toEqual({ min: 5, mode: 5, max: 5, distribution: 'fixed' });
    expect(load('{ value: 4, unit: hour }').duration).toEqual({ min: 0.5, mode: 0.5, max: 0.5, distribution: 'fixed' });
  });

  it('is triangular when written as min/mode/max, as exact analysis always read it', () => {
    expect(load('{ min: 3, mode: 5, max: 10 }').duration).toEqual({ min: 3, mode: 5, max: 10, distribution: 'triangular' });
    expect(load('{ min: 2, max: 4 }').duration).toEqual({ min: 2, mode: 3, max: 4, distribution: 'triangular' });
  });

  it('is uniform or lognormal when it says so, a lognormal bounded below by 0 unless min is given', () => {
    expect(load('{ distribution: uniform, min: 2, max: 6 }').duration).toEqual({ min: 2, mode: 4, max: 6, distribution: 'uniform' });
    expect(load('{ distribution: lognormal, mode: 5, max: 15 }').duration).toEqual({ min: 0, mode: 5, max: 15, distribution: 'lognormal' });
  });

  it('is refused, where the distribution is written, when its figures do not fit it', () => {
    expect(places(load('{ distribution: fixed, min: 2, max: 6 }').diagnostics)).toEqual(['duration-distribution 9:51']);
    expect(places(load('{ distribution: lognormal, mode: 5 }').diagnostics)).toEqual(['duration-distribution 9:51']);
    expect(places(load('{ distribution: lognormal, max: 8 }').diagnostics)).toEqual(['duration-distribution 9:51']);
    expect(places(load('{ distribution: triangular, min: 2, mode: 9, max: 6 }').diagnostics)).toEqual(['duration-order 9:35']);
  });

  it('offers the four distributions in the schema, with any other value refused', () => {
    expect(load('{ distribution: normal, mode: 5 }').diagnostics.map((d) => d.code)).toContain('schema-enum');
  });
});
