/** What the comparison tests share: the cases of processes/ loaded as sides, and the views of a side the ledger and money take. */
import { expect } from 'vitest';
import { countingOf, createSide, itemsOf, type SideInput } from '../../../src/analysis/compare/side.js';
import type { MoneySide } from '../../../src/analysis/compare/money.js';
import { getErrors } from '../../../src/model/diagnostic.js';
import { loadWorkspace } from '../../../src/model/workspace.js';
import { ROOT } from '../../support/files.js';

/** A file of processes/ as one side of a comparison (a bundle with its items), through the load stage. */
export function loadSide(path: string): SideInput {
  const workspace = loadWorkspace([`processes/${path}`], { cwd: ROOT });
  expect(getErrors(workspace.diagnostics)).toEqual([]);
  return workspace.files[0]!.side!;
}

/** A side's items and how its materials are handed in (and which are declared one document), as compareDocuments gives them to getLedger. */
export function getSideView(input: SideInput): { items: ReturnType<typeof itemsOf>; counting: ReturnType<typeof countingOf> } {
  return { items: itemsOf(input), counting: countingOf(input) };
}

/** A side as compareDocuments gives it to getMoney: its view and each item's figures. */
export function getMoneySide(input: SideInput): MoneySide {
  return { ...getSideView(input), figures: createSide(input).items };
}
