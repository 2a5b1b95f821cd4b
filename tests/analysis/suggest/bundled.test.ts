/**
 * Suggest on every before/after pair of processes/ (as `view` finds them, a user's own included): each
 * before version gets ranked suggestions, its draft validates as written, and every stated effect, and
 * the total, equal `compare before draft` on the files written to disk.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, type Scalar, type YAMLSeq } from 'yaml';
import { createSubject } from '../../../src/analysis/suggest/subject.js';
import { suggestReforms } from '../../../src/analysis/suggest/suggest.js';
import { createTempDir, ROOT } from '../../support/files.js';
import { getProcessPairs } from '../../support/cases.js';
import { expectEffectsAsWritten } from './support.js';

const DIR = createTempDir();
const pairs = getProcessPairs();

describe('suggest on the bundled before versions', { timeout: 120_000 }, () => {
  it('finds pairs to look at', () => {
    expect(pairs.length).toBeGreaterThan(0);
  });

  it.each(pairs.map((p) => ({ name: p.before.file, pair: p })))('$name: ranked suggestions whose effects equal compare on the written draft', ({ pair }) => {
    const subject = createSubject({ ...pair.before, side: pair.before.side! }, ROOT);
    const result = suggestReforms(subject);
    expect(result.suggestions.length).toBeGreaterThan(0);
    const scores = result.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.suggestions.map((s) => s.rank)).toEqual(result.suggestions.map((_, i) => i + 1));
    expectEffectsAsWritten(subject, result, DIR);
  });
});

describe('suggest on the bundled after versions', { timeout: 120_000 }, () => {
  // An after version says what it merged of the version before it (`merges`); its draft is the version
  // after it, so those lists describe an earlier reform: the draft leaves them out and compare reads it.
  it.each(pairs.map((p) => ({ name: p.after.file, pair: p })))('$name: a draft compare reads, its effects as stated', ({ pair }) => {
    const subject = createSubject({ ...pair.after, side: pair.after.side! }, ROOT);
    const result = suggestReforms(subject);
    expectEffectsAsWritten(subject, result, DIR);
    for (const file of subject.files) {
      const drafted = result.draft.find((d) => d.source === file.path)!;
      if (!drafted.changed) continue;
      const before = parseDocument(file.text);
      const after = parseDocument(drafted.text);
      for (const path of file.previousMerges) {
        const earlier = (before.getIn(path) as YAMLSeq<Scalar<string>>).items.map((i) => i.value);
        const kept = (after.getIn(path) as YAMLSeq<Scalar<string>> | undefined)?.items.map((i) => i.value) ?? [];
        expect(kept.filter((id) => earlier.includes(id)), path.join('.')).toEqual([]);
      }
    }
  });
});
