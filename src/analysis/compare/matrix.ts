/**
 * The materials matrix of a comparison: every material of either side, joined by id, with the items
 * that ask for it before and after, whether the applicant prepares it there, and why it is no longer
 * prepared (or handed in later, or new). Materials no longer prepared come first.
 */
import type { LedgerEntry, MaterialMatrixRow, Side } from './types.js';

/** Joins both sides' materials by id; the reason comes from the after side's reform mark, else the ledger. */
export function getMaterialMatrix(before: Side, after: Side, ledger: readonly LedgerEntry[]): MaterialMatrixRow[] {
  const rows = new Map<string, MaterialMatrixRow>();
  for (const [name, side] of [['before', before], ['after', after]] as const) {
    for (const m of side.materials) {
      const row: MaterialMatrixRow = rows.get(m.id) ?? { id: m.id, name: m.name, before: [], after: [] };
      if (name === 'after') row.name = m.name;
      row[name].push(...m.items.map((item) => ({ item, prepared: m.prepared })));
      if (name === 'after' && m.reform) row.reason = m.reform;
      rows.set(m.id, row);
    }
  }
  for (const entry of ledger) {
    const row = rows.get(entry.id);
    if (entry.kind === 'material' && row && !row.reason && entry.change !== 'added') row.reason = entry.reason;
  }
  for (const row of rows.values()) {
    if (!row.reason && row.before.length > 0 && row.after.length === 0) row.reason = 'not-needed';
    if (!row.reason && row.before.length === 0) row.reason = 'added';
  }
  const kept = (r: MaterialMatrixRow) => (r.after.some((c) => c.prepared) ? 1 : 0);
  return [...rows.values()].sort((a, b) => kept(a) - kept(b));
}
