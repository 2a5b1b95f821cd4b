/**
 * The cases the web app draws, built at test time from processes/ by the code `wujian view` and
 * `report` use (loadPairs → buildCases → createCase: compared, simulated with the presentation's seed,
 * drawn), so the web unit tests read what the app would be given today, never a stale copy.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildCases, loadPairs, type CasePair } from '../../src/cli/commands/cases.js';
import { createMemoryIO } from '../../src/cli/io.js';
import type { Lang } from '../../src/vocabulary/index.js';
import type { Case, CasesDocument } from '../../web/src/contract.js';
import { ROOT } from './files.js';

/** Every before/after pair in processes/, bundled or added by a user, as `view` finds them. */
export function getProcessPairs(): CasePair[] {
  return loadPairs(['processes'], 'zh', createMemoryIO(ROOT)).pairs;
}

/**
 * Builds the cases of `ids` (folders of processes/), or of every pair in processes/ when none are
 * named, failing the test with the CLI's messages if a file has a problem.
 */
export async function buildWebCases(ids?: readonly string[], lang: Lang = 'zh'): Promise<CasesDocument> {
  const io = createMemoryIO(ROOT);
  const { pairs, failed } = loadPairs(ids?.map((id) => join('processes', id)) ?? ['processes'], lang, io);
  expect(failed, io.stderr).toBe(false);
  if (ids) expect(pairs.map((p) => p.id).length, `pairs of ${ids.join(', ')}`).toBe(ids.length);
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
