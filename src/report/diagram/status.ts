/**
 * What the reform did to each step and material of a diagram, read from the comparison's ledger:
 * the ledger names things by id (step key, material id) and item, and the diagram looks them up.
 */
import type { LedgerChange, LedgerReason } from '../../vocabulary/index.js';
import type { ComparisonJson } from '../comparison-json.js';

/** One entry of the comparison's ledger, as the JSON carries it. */
type LedgerEntry = ComparisonJson['ledger'][number];

/** How a diagram shows one element: as kept, or as removed/merged/added with the reason. */
export interface ElementStatus {
  /** removed, merged, added or changed. */
  change: LedgerChange;
  /** The ledger's reason (cancelled, shared, commitment …). */
  reason: LedgerReason;
  /** The name of what it was merged into, as the comparison resolved it. */
  intoName?: string;
}

/** Looks up ledger entries of one kind by item and id. */
export interface StatusIndex {
  /** The status of element `id` of `item`, if the ledger names it. */
  get(item: string, id: string): ElementStatus | undefined;
}

/**
 * An index of the ledger entries of `kind` ("step" or "material"). Entries without an item match
 * every item; an entry for the item wins over one without.
 */
export function createStatusIndex(ledger: readonly LedgerEntry[], kind: 'step' | 'material'): StatusIndex {
  const byItem = new Map<string, ElementStatus>();
  const anyItem = new Map<string, ElementStatus>();
  for (const entry of ledger) {
    if (entry.kind !== kind) continue;
    const status: ElementStatus = { change: entry.change, reason: entry.reason, ...(entry.intoName ? { intoName: entry.intoName } : {}) };
    // An entry may name several items ("a,b": a material added to two items of a bundle).
    const items = entry.item ? entry.item.split(',') : [];
    for (const item of items) byItem.set(`${item}\u0000${entry.id}`, status);
    if (items.length === 0) anyItem.set(entry.id, status);
  }
  return { get: (item, id) => byItem.get(`${item}\u0000${id}`) ?? anyItem.get(id) };
}

/** True when the before diagram should show the element struck through and faded (it is gone after the reform). */
export function isCut(status: ElementStatus | undefined): boolean {
  return status !== undefined && (status.change === 'removed' || status.change === 'merged');
}
