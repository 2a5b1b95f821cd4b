/**
 * The reduction ledger (减量清单): every item, material, step, trip and fee the reform removed,
 * merged or changed, and what it added, matched by id with a rename map for ids that changed.
 */
import type { ResolvedItem } from '../../model/resolve-bundle.js';
import type { Material, Procedure, StepState } from '../../model/types.js';
import { allSteps } from '../../model/walk.js';
import { isPrepared } from '../measure-path.js';
import { materialIdentity, type MaterialCounting } from '../prepared.js';
import type { LedgerEntry } from './types.js';

/** Old id → new id, for items, materials and steps whose id changed. */
export type RenameMap = ReadonlyMap<string, string>;

/** What the ledger reads of a side. */
interface SideView {
  /** The side's items with their procedures. */
  items: readonly ResolvedItem[];
  /** How the side hands materials in (and which it declares identical). */
  counting: MaterialCounting;
}

/** The name of the material `into` points to: an id of `procedure`, or item/material on the side. */
function materialName(side: SideView, procedure: Procedure, into: string): string | undefined {
  const slash = into.indexOf('/');
  if (slash < 0) return procedure.materials.get(into)?.name;
  return side.items.find((i) => i.id === into.slice(0, slash))?.procedure.materials.get(into.slice(slash + 1))?.name;
}

/** Builds the ledger between the items before and after. */
export function getLedger(before: SideView, after: SideView, rename: RenameMap): LedgerEntry[] {
  const rn = (id: string) => rename.get(id) ?? id;
  const afterById = new Map(after.items.map((i) => [i.id, i.procedure] as const));
  const mergerOf = (id: string) => after.items.find((i) => i.procedure.merges.includes(id) || i.procedure.merges.includes(rn(id)))?.procedure;
  /** Where a before item went: the same item (kept), the item that merged it, or nowhere. */
  const fate = (id: string): { target?: Procedure; merged: boolean } => {
    const same = afterById.get(rn(id));
    if (same) return { target: same, merged: false };
    const merger = mergerOf(id);
    return { target: merger, merged: merger !== undefined };
  };
  const ledger: LedgerEntry[] = [];
  const reached = new Set<string>();
  for (const { id, procedure } of before.items) {
    const f = fate(id);
    if (f.target) reached.add(f.target.id);
    if (!f.target) ledger.push({ kind: 'item', change: 'removed', reason: 'cancelled', id, name: procedure.name });
    else if (f.merged) ledger.push({ kind: 'item', change: 'merged', reason: 'merged', id, name: procedure.name, into: f.target.id });
  }
  for (const { id, procedure } of after.items) {
    if (!reached.has(id)) ledger.push({ kind: 'item', change: 'added', reason: 'added', id, name: procedure.name });
  }
  ledger.push(...materialEntries(before, after, rn, fate));
  ledger.push(...stepEntries(before, after, rn, fate));
  ledger.push(...feeEntries(before, after));
  ledger.push(...dependencyEntries(before, after, fate));
  return ledger.map((entry) => withNames(entry, before, after));
}

/**
 * The entry with the names of its items and of what it was merged into, so every surface prints
 * names and none looks ids up. A thing added is named from the after side, anything else from the
 * before side first. A material's `into` is named where the material was read (materialEntries),
 * since items of a bundle may each have their own material of that id.
 */
function withNames(entry: LedgerEntry, before: SideView, after: SideView): LedgerEntry {
  const sides = entry.change === 'added' ? [after, before] : [before, after];
  const itemName = (id: string) => sides.flatMap((s) => s.items).find((i) => i.id === id)?.procedure.name ?? id;
  const named: LedgerEntry = { ...entry, ...(entry.item ? { itemName: entry.item.split(',').map(itemName).join('、') } : {}) };
  if (entry.into === undefined || entry.intoName !== undefined) return named;
  return { ...named, intoName: intoName(entry, after) };
}

/** The name of the item or step (item/step) `entry` was merged into, found in the after side (its id when not found). */
function intoName(entry: LedgerEntry, after: SideView): string {
  const into = entry.into!;
  if (entry.kind === 'item') return after.items.find((i) => i.id === into)?.procedure.name ?? into;
  const slash = into.indexOf('/');
  const item = after.items.find((i) => i.id === into.slice(0, slash));
  const step = item && allSteps(item.procedure.process).find((s) => s.key === into.slice(slash + 1));
  if (!item || !step) return into;
  return after.items.length > 1 ? `${item.procedure.name} · ${step.name}` : step.name;
}

/**
 * Dependencies the reform removed or loosened: two items done one after the other before and at the
 * same time after (串联改并联), or after the other's start instead of its finish (交叉办理). Items
 * merged into one, or cancelled, take their dependencies with them and are not listed again here.
 */
function dependencyEntries(before: SideView, after: SideView, fate: Fate): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (const item of before.items) {
    const a = fate(item.id).target;
    for (const dep of item.dependencies ?? item.after.map((id) => ({ item: id, from: 'finish' as const, lag: 0 }))) {
      const b = fate(dep.item).target;
      if (!a || !b || a === b) continue;
      const now = after.items.find((i) => i.procedure === a);
      const kept = (now?.dependencies ?? now?.after.map((id) => ({ item: id, from: 'finish' as const, lag: 0 })) ?? []).find((d) => after.items.find((i) => i.id === d.item)?.procedure === b);
      const name = `${b.name} → ${a.name}`;
      const base = { kind: 'dependency' as const, id: `${dep.item}>${item.id}`, name, item: item.id };
      if (!kept) out.push({ ...base, change: 'removed', reason: 'parallel' });
      else if (dep.from === 'finish' && kept.from === 'start') out.push({ ...base, change: 'changed', reason: 'overlap' });
    }
  }
  return out;
}

type Fate = (id: string) => { target?: Procedure; merged: boolean };

/** A side's materials of one id: the items that ask for it and how many times it counts in the side's figure. */
interface MaterialRow {
  material: Material;
  /** The procedure the material was read from (for `into`). */
  procedure: Procedure;
  items: string[];
  prepared: boolean;
  /** How often it counts in the side's materials figure (see prepared.ts). */
  times: number;
}

/**
 * Materials each side asks for (used by a step), by id, with the items that ask and how often each
 * counts: once per item that prepares it, or under 一次提交 once per declared-identical document (a
 * document already counted under another id is not counted again).
 */
function materialsOf(side: SideView): Map<string, MaterialRow> {
  const out = new Map<string, MaterialRow>();
  const counted = new Set<string>();
  for (const { id: item, procedure } of side.items) {
    const used = new Set(allSteps(procedure.process).flatMap((s) => s.materials));
    for (const m of procedure.materials.values()) {
      if (!used.has(m.id)) continue;
      const row = out.get(m.id) ?? { material: m, procedure, items: [], prepared: false, times: 0 };
      row.items.push(item);
      if (isPrepared(m)) {
        if (!row.prepared) Object.assign(row, { prepared: true, material: m, procedure });
        const identity = side.counting.submission === 'once' ? materialIdentity(side.counting, item, m.id) : `${item}/${m.id}`;
        if (!counted.has(identity)) row.times++;
        counted.add(identity);
      }
      out.set(m.id, row);
    }
  }
  return out;
}

function materialEntries(before: SideView, after: SideView, rn: (id: string) => string, fate: Fate): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  const was = materialsOf(before);
  const now = materialsOf(after);
  const seen = new Set<string>();
  for (const [id, row] of was) {
    if (!row.prepared) continue;
    const base = { kind: 'material' as const, id, name: row.material.name, item: row.items.join(',') };
    // How often the material counts in the figure before.
    const countBefore = row.times;
    const next = now.get(rn(id));
    if (!next) {
      const gone = row.items.every((i) => !fate(i).target);
      out.push({ ...base, change: 'removed', reason: gone ? 'item-removed' : 'not-needed', before: countBefore, after: 0 });
      continue;
    }
    seen.add(rn(id));
    if (!next.prepared) {
      const m = next.material;
      const reason = m.reform ?? 'not-needed';
      const into = m.into ? { into: m.into, intoName: materialName(after, next.procedure, m.into) ?? m.into } : {};
      out.push({ ...base, change: reason === 'merged' ? 'merged' : 'removed', reason, ...into, before: countBefore, after: 0 });
      continue;
    }
    if (next.material.reform === 'deferred') out.push({ ...base, change: 'changed', reason: 'deferred' });
    const countAfter = next.times;
    if (countAfter < countBefore) out.push({ ...base, change: 'merged', reason: 'once', before: countBefore, after: countAfter });
  }
  for (const [id, row] of now) {
    if (row.prepared && !seen.has(id)) out.push({ kind: 'material', change: 'added', reason: 'added', id, name: row.material.name, item: row.items.join(','), before: 0, after: row.times });
  }
  return out;
}

function stepEntries(before: SideView, after: SideView, rn: (id: string) => string, fate: Fate): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  const matched = new Set<StepState>();
  const mergedTrips = new Map<StepState, { into: StepState; item: string; from: string[]; trips: number }>();
  for (const { id: item, procedure } of before.items) {
    const f = fate(item);
    const afterSteps = f.target ? allSteps(f.target.process) : [];
    for (const step of allSteps(procedure.process)) {
      const names = [`${item}/${step.key}`, `${rn(item)}/${rn(step.key)}`, ...(f.merged ? [] : [step.key, rn(step.key)])];
      const into = afterSteps.find((s) => s.merges.some((m) => names.includes(m)));
      const same = f.merged ? undefined : afterSteps.find((s) => s.key === rn(step.key));
      const base = { id: step.key, name: step.name, item };
      if (same && (!into || into === same)) {
        matched.add(same);
        if (same.trips < step.trips) out.push({ ...base, kind: 'trip', change: 'changed', reason: 'fewer', before: step.trips, after: same.trips });
        if (same.trips > step.trips) out.push({ ...base, kind: 'trip', change: 'changed', reason: 'more', before: step.trips, after: same.trips });
        continue;
      }
      if (into) {
        matched.add(into);
        out.push({ ...base, kind: 'step', change: 'merged', reason: 'merged', into: `${f.target!.id}/${into.key}` });
      } else {
        out.push({ ...base, kind: 'step', change: 'removed', reason: f.target ? 'removed' : 'item-removed' });
      }
      if (step.trips > 0 && into) {
        const merged = mergedTrips.get(into) ?? { into, item: f.target!.id, from: [], trips: 0 };
        merged.from.push(item);
        merged.trips += step.trips;
        mergedTrips.set(into, merged);
      } else if (step.trips > 0) {
        out.push({ ...base, kind: 'trip', change: 'removed', reason: 'removed', before: step.trips, after: 0 });
      }
    }
  }
  // Trips of merged steps are counted at the step they went into: "4 → 1 at the one window".
  for (const m of mergedTrips.values()) {
    if (m.trips !== m.into.trips) {
      const from = [...new Set(m.from)];
      out.push({ kind: 'trip', change: 'merged', reason: 'merged', id: m.into.key, name: m.into.name, item: from.join(','), into: `${m.item}/${m.into.key}`, before: m.trips, after: m.into.trips });
    }
  }
  for (const { id: item, procedure } of after.items) {
    for (const step of allSteps(procedure.process)) {
      if (matched.has(step)) continue;
      out.push({ kind: 'step', change: 'added', reason: 'added', id: step.key, name: step.name, item });
      if (step.trips > 0) out.push({ kind: 'trip', change: 'added', reason: 'added', id: step.key, name: step.name, item, before: 0, after: step.trips });
    }
  }
  return out;
}

/** Fees by name over every item and step of a side, in yuan. */
function feesOf(side: SideView): Map<string, number> {
  const out = new Map<string, number>();
  for (const { procedure } of side.items) {
    for (const fee of [...procedure.fees, ...allSteps(procedure.process).flatMap((s) => s.fees)]) out.set(fee.name, (out.get(fee.name) ?? 0) + fee.amount);
  }
  return out;
}

function feeEntries(before: SideView, after: SideView): LedgerEntry[] {
  const was = feesOf(before);
  const now = feesOf(after);
  const out: LedgerEntry[] = [];
  for (const [name, amount] of was) {
    const next = now.get(name);
    if (next === undefined) out.push({ kind: 'fee', change: 'removed', reason: 'removed', id: name, name, before: amount, after: 0 });
    else if (next !== amount) out.push({ kind: 'fee', change: 'changed', reason: next < amount ? 'fewer' : 'more', id: name, name, before: amount, after: next });
  }
  for (const [name, amount] of now) if (!was.has(name)) out.push({ kind: 'fee', change: 'added', reason: 'added', id: name, name, before: 0, after: amount });
  return out;
}
