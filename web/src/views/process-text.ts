/**
 * What the process diagram says in words: each box's second line (actor, time, trips, materials, or
 * the reform's change), each edge's label (p and max) and each step's tooltip, in either language.
 */
import type { GraphState, GraphTransition, ProcessGraph } from '../contract.js';
import { formatNumber } from '../format.js';
import { colon, label, paren, t, type Lang } from '../i18n.js';
import type { NodeBox } from '../layout/elk.js';
import type { BoxText } from '../marks/process.js';
import { isCut, isPreparedMark, splitInto, type StatusIndex } from '../status.js';

/** "取消（数据共享）": the change with its reason, the reason left out when it says the same. */
export function describeChange(change: string, reason: string, lang: Lang): string {
  const what = label('change', change, lang);
  const why = label('reason', reason, lang);
  return why === what ? what : `${what}${paren(why, lang)}`;
}

/** The label on a transition: its probability when below 1, and its bound. */
export function getEdgeLabel(tr: GraphTransition, lang: Lang): string | undefined {
  const parts: string[] = [];
  if (tr.p < 1) parts.push(`${formatNumber(tr.p * 100, 1)}%`);
  if (tr.max !== undefined) parts.push(t('atMostTimes', lang, { n: tr.max }));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** The name of the step `into` points at ("item/key" or a key of `graph`), looked up in `graph` first, then in `all`. */
function stepName(graph: ProcessGraph | undefined, into: string, all: readonly ProcessGraph[]): string {
  const target = splitInto(into, graph?.id);
  const find = (states: ProcessGraph['states']): string | undefined => {
    for (const s of states) {
      if (s.key === target.id) return s.name;
      const inner = find((s.regions ?? []).flatMap((r) => r.states));
      if (inner) return inner;
    }
    return undefined;
  };
  const graphs = [...(graph && graph.id === target.item ? [graph] : []), ...all.filter((g) => g.id === target.item)];
  for (const g of graphs) {
    const name = find(g.states);
    if (name) return target.item === graph?.id ? name : `${g.name} · ${name}`;
  }
  return into;
}

/**
 * Materials of a step as its box counts them: before, all it asks for and how many the reform cut
 * (ledger says removed or merged, or the after version shares, commits or cancels it, or drops it);
 * after, the ones the applicant still prepares.
 */
export function getMaterialCount(s: GraphState, graph: ProcessGraph, other: ProcessGraph | undefined, side: 'before' | 'after', materials: StatusIndex): { shown: number; cut: number } {
  const ids = s.materials ?? [];
  if (side === 'after') return { shown: ids.filter((id) => isPreparedMark(graph.materials.find((m) => m.id === id)?.reform)).length, cut: 0 };
  const cut = ids.filter((id) => {
    if (isCut(materials.get(graph.id, id))) return true;
    if (!other) return false;
    const later = other.materials.find((m) => m.id === id);
    return !later || !isPreparedMark(later.reform);
  });
  return { shown: ids.length, cut: cut.length };
}

/** A step box's second line and whether the reform cut it (before) or added it (after). */
export function getBoxText(s: GraphState, graph: ProcessGraph, other: ProcessGraph | undefined, all: readonly ProcessGraph[], side: 'before' | 'after', steps: StatusIndex, lang: Lang, count: { shown: number; cut: number }): BoxText & { meta: string } {
  const status = steps.get(graph.id, s.key);
  const days = s.duration ? formatNumber(s.duration.mode) : '0';
  const meta = [label('actor', s.actor ?? '', lang), `${days}${lang === 'zh' ? '' : ' '}${t(days === '1' ? 'dayShortOne' : 'dayShort', lang)}`];
  if (s.trips) meta.push(t('tripsCount', lang, { n: s.trips }));
  if (count.shown > 0 || count.cut > 0) {
    meta.push(t('materialsCount', lang, { n: count.shown }) + (count.cut > 0 ? t('materialsCut', lang, { n: count.cut }) : ''));
  }
  if (side === 'before' && isCut(status)) {
    const text = status!.change === 'merged' && status!.into
      ? `${label('change', 'merged', lang)} → ${stepName(other, status!.into, all)}`
      : describeChange(status!.change, status!.reason, lang);
    return { meta: text, cut: true, status: status!.change };
  }
  if (side === 'after' && status?.change === 'added') return { meta: `${label('change', 'added', lang)} · ${meta.join(' · ')}`, cut: false, status: 'added' };
  return { meta: meta.join(' · '), cut: false };
}

/** The tooltip lines of a box: name, actor and department, time, trips, fees, the reform's change, materials. */
export function getTooltip(n: NodeBox, graph: ProcessGraph, other: ProcessGraph | undefined, all: readonly ProcessGraph[], steps: StatusIndex, materials: StatusIndex, lang: Lang): string[] {
  const s = n.state!;
  if (s.type === 'final') return [s.name];
  const lines = [s.name];
  const sep = colon(lang);
  const brackets = (text: string) => paren(text, lang);
  lines.push(`${t('legendActor', lang)}${sep}${label('actor', s.actor ?? '', lang)}${s.department ? ` · ${s.department}` : ''}`);
  if (s.duration) {
    const { min, mode, max } = s.duration;
    const range = min === max ? formatNumber(mode) : `${formatNumber(mode)}${brackets(`${formatNumber(min)}–${formatNumber(max)}`)}`;
    lines.push(`${t('tipTime', lang)}${sep}${range} ${t('days', lang)}${s.counts === false ? `${t('comma', lang)}${t('notCounted', lang)}` : ''}`);
  }
  lines.push(`${t('tipTrips', lang)}${sep}${s.trips ?? 0}${t('tripsUnit', lang)}`);
  if (s.fees) lines.push(`${t('tipFees', lang)}${sep}${formatNumber(s.fees)} ${t('yuan', lang)}`);
  const status = steps.get(graph.id, s.key);
  if (status) {
    const into = status.into ? ` → ${stepName(other, status.into, all)}` : '';
    lines.push(`${t('tipReform', lang)}${sep}${describeChange(status.change, status.reason, lang)}${into}`);
  }
  const ids = s.materials ?? [];
  if (ids.length === 0) lines.push(t('noMaterials', lang));
  else {
    lines.push(`${t('materialsOfStep', lang)}${brackets(String(ids.length))}${sep}`);
    for (const id of ids) {
      const m = graph.materials.find((x) => x.id === id);
      const mark = m?.reform ?? materials.get(graph.id, id)?.reason;
      lines.push(`· ${m?.name ?? id}${mark ? brackets(label('reason', mark, lang)) : ''}`);
    }
  }
  return lines;
}
