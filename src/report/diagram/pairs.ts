/** Which diagrams stand side by side: each before item with the after item it became. */
import type { ComparisonJson } from '../comparison-json.js';

/** A before item and the after item it became (same id, or the item it was merged into), either may be absent. */
export interface ItemPair<G> {
  /** Value of the selector's option. */
  key: string;
  /** Option text: the name, or "before → after" when the item was merged into another. */
  label: string;
  /** The item before the reform. */
  before?: G;
  /** The item after the reform. */
  after?: G;
}

/**
 * Pairs the items of both versions for side-by-side diagrams: by id, else by the ledger's item merge
 * (newborn-birth: seven items merged into one), else a lone after version takes every before item.
 */
export function getItemPairs<G extends { id: string; name: string }>(graphs: { before: readonly G[]; after: readonly G[] }, ledger: ComparisonJson['ledger']): Array<ItemPair<G>> {
  const { before, after } = graphs;
  const merged = new Map(ledger.filter((e) => e.kind === 'item' && e.into).map((e) => [e.id, e.into!]));
  const pairs: Array<ItemPair<G>> = before.map((b) => {
    const a = after.find((g) => g.id === b.id) ?? after.find((g) => g.id === merged.get(b.id)) ?? (after.length === 1 ? after[0] : undefined);
    return { key: b.id, label: a && a.id !== b.id ? `${b.name} → ${a.name}` : b.name, before: b, ...(a ? { after: a } : {}) };
  });
  const shown = new Set(pairs.map((p) => p.after?.id));
  for (const a of after) if (!shown.has(a.id)) pairs.push({ key: `after:${a.id}`, label: a.name, after: a });
  return pairs;
}
