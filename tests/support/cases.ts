/**
 * The cases the web app draws, built at test time from processes/ by the code `wujian view` and
 * `report` use (getPair → buildCases → createCase: compared, simulated with the presentation's seed,
 * drawn), so the web unit tests read what the app would be given today, never a stale copy.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildCases } from '../../src/cli/commands/cases.js';
import { createMemoryIO } from '../../src/cli/io.js';
import { findPairs, getPair, type Pair } from '../../src/cli/pairs.js';
import type { Lang } from '../../src/vocabulary/index.js';
import type { Case, CasesDocument } from '../../web/src/contract.js';
import { ROOT } from './files.js';

/** Every before/after pair in processes/, bundled or added by a user, as `view` finds them. */
export function getProcessPairs(): Pair[] {
  return findPairs(join(ROOT, 'processes'), ROOT);
}

/**
 * Builds the cases of `ids` (folders of processes/), or of every pair in processes/ when none are
 * named, failing the test with the CLI's messages if a file has a problem.
 */
export async function buildWebCases(ids?: readonly string[], lang: Lang = 'zh'): Promise<CasesDocument> {
  const io = createMemoryIO(ROOT);
  const pairs = ids?.map((id) => {
    const pair = getPair(join(ROOT, 'processes', id), ROOT);
    if (!pair) throw new Error(`processes/${id} has no before/after pair`);
    return pair;
  }) ?? getProcessPairs();
  const built = await buildCases(pairs, lang, io);
  expect(io.stderr).toBe('');
  return built!.document;
}

/** The case `id` of `document`. */
export function getCase(document: CasesDocument, id: string): Case {
  const found = document.cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
}
