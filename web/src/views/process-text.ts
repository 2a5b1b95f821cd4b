/**
 * What the process diagram says in words: each box's second line (actor, time, trips, materials, or
 * the reform's change), each edge's label (p and max) and each step's tooltip, in either language.
 */
import type { GraphState, GraphTransition, ProcessGraph } from '../contract.js';
import { ACTORS, LEDGER_CHANGES, LEDGER_REASONS, MEASURES, num, withUnit, type LedgerChange, type LedgerReason } from '../../../src/vocabulary/index.js';
import { colon, paren, say, t, type Lang } from '../i18n.js';
import type { NodeBox } from '../layout/elk.js';
import type { BoxText } from '../marks/process.js';
import { isCut, type StatusIndex } from '../status.js';

/** "减少（数据共享）": the change with its reason (a chart's short wording), the reason left out when it says the same. */
export function describeChange(change: LedgerChange, reason: LedgerReason, lang: Lang): string {
  const what = say(LEDGER_CHANGES[change], lang);
  const why = say(LEDGER_REASONS[reason].short, lang);
  return why === what ? what : `${what}${paren(why, lang)}`;
}

/** An actor's name; a step without one (an end) has none. */
function actorName(actor: GraphState['actor'], lang: Lang): string {
  return actor ? say(ACTORS[actor], lang) : '';
}

/** The label on a transition: its probability when below 1, and its bound. */
export function getEdgeLabel(tr: GraphTransition, lang: Lang): string | undefined {
  const parts: string[] = [];
  if (tr.p < 1) parts.push(`${num(tr.p * 100, 1)}%`);
  if (tr.max !== undefined) parts.push(t('atMostTimes', lang, { n: tr.max }));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/**
 * Materials of a step as its box counts them: before, all it asks for and how many the reform cut
 * (the ledger says removed or merged, or the after version no longer has it prepared, or drops it);
 * after, the ones the applicant still prepares. Whether a material is prepared is the graph's
 * `prepared`, the one rule the comparison counts by.
 */
export function getMaterialCount(s: GraphState, graph: ProcessGraph, other: ProcessGraph | undefined, side: 'before' | 'after', materials: StatusIndex): { shown: number; cut: number } {
  const ids = s.materials ?? [];
  if (side === 'after') return { shown: ids.filter((id) => graph.materials.find((m) => m.id === id)?.prepared ?? true).length, cut: 0 };
  const cut = ids.filter((id) => {
    if (isCut(materials.get(graph.id, id))) return true;
    if (!other) return false;
    return !other.materials.find((m) => m.id === id)?.prepared;
  });
  return { shown: ids.length, cut: cut.length };
}

/** A step box's second line and whether the reform cut it (before) or added it (after). */
export function getBoxText(s: GraphState, graph: ProcessGraph, side: 'before' | 'after', steps: StatusIndex, lang: Lang, count: { shown: number; cut: number }): BoxText & { meta: string } {
  const status = steps.get(graph.id, s.key);
  const days = s.duration ? s.duration.mode : 0;
  const meta = [actorName(s.actor, lang), withUnit(days, t(days === 1 ? 'dayShortOne' : 'dayShort', lang), lang)];
  if (s.trips) meta.push(t('tripsCount', lang, { n: s.trips }));
  if (count.shown > 0 || count.cut > 0) {
    meta.push(t('materialsCount', lang, { n: count.shown }) + (count.cut > 0 ? t('materialsCut', lang, { n: count.cut }) : ''));
  }
  if (side === 'before' && isCut(status)) {
    const text = status!.change === 'merged' && status!.intoName
      ? `${say(LEDGER_CHANGES.merged, lang)} → ${status!.intoName}`
      : describeChange(status!.change, status!.reason, lang);
    return { meta: text, cut: true, status: status!.change };
  }
  if (side === 'after' && status?.change === 'added') return { meta: `${say(LEDGER_CHANGES.added, lang)} · ${meta.join(' · ')}`, cut: false, status: 'added' };
  return { meta: meta.join(' · '), cut: false };
}

/** The tooltip lines of a box: name, actor and department, time, trips, fees, the reform's change, materials. */
export function getTooltip(n: NodeBox, graph: ProcessGraph, steps: StatusIndex, materials: StatusIndex, lang: Lang): string[] {
  const s = n.state!;
  if (s.type === 'final') return [s.name];
  const lines = [s.name];
  const sep = colon(lang);
  const brackets = (text: string) => paren(text, lang);
  lines.push(`${t('legendActor', lang)}${sep}${actorName(s.actor, lang)}${s.department ? ` · ${s.department}` : ''}`);
  if (s.duration) {
    const { min, mode, max } = s.duration;
    const range = min === max ? num(mode) : `${num(mode)}${brackets(`${num(min)}–${num(max)}`)}`;
    lines.push(`${t('tipTime', lang)}${sep}${range} ${t('days', lang)}${s.counts === false ? `${t('comma', lang)}${t('notCounted', lang)}` : ''}`);
  }
  lines.push(`${t('tipTrips', lang)}${sep}${s.trips ?? 0}${t('tripsUnit', lang)}`);
  if (s.fees) lines.push(`${t('tipFees', lang)}${sep}${num(s.fees)} ${t('yuan', lang)}`);
  const status = steps.get(graph.id, s.key);
  if (status) {
    const into = status.intoName ? ` → ${status.intoName}` : '';
    lines.push(`${t('tipReform', lang)}${sep}${describeChange(status.change, status.reason, lang)}${into}`);
  }
  const ids = s.materials ?? [];
  if (ids.length === 0) lines.push(t('noMaterials', lang));
  else {
    lines.push(`${say(MEASURES.materials.name, lang)}${brackets(String(ids.length))}${sep}`);
    for (const id of ids) {
      const m = graph.materials.find((x) => x.id === id);
      const mark = m?.reform ?? materials.get(graph.id, id)?.reason;
      lines.push(`· ${m?.name ?? id}${mark ? brackets(say(LEDGER_REASONS[mark].short, lang)) : ''}`);
    }
  }
  return lines;
}
