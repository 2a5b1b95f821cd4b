/**
 * What a process diagram says beside the names, in both languages: each step box's second line
 * (actor · time · trips · materials, or the reform's change) with how the reform marks the step, and
 * each transition's label (probability and bound). Worked out where the report and the served data
 * are built, from the graph, the other side's graph and the comparison's ledger: the layout makes room
 * for these words, and the page and the Office files draw them as they are given.
 */
import { ACTORS, fill, LEDGER_CHANGES, LEDGER_REASONS, num, paren, say, withUnit, type Bilingual, type Lang, type LedgerChange, type LedgerReason, type Template } from '../../vocabulary/index.js';
import type { GraphState, GraphTransition, ProcessGraph } from '../process-graph.js';
import { isCut, type StatusIndex } from './status.js';

/** The diagram's own words. */
export const DIAGRAM_WORDS = {
  /** A step's working days after the figure. */
  days: { zh: (n: number) => withUnit(n, '个工作日', 'zh'), en: (n: number) => withUnit(n, n === 1 ? 'day' : 'days', 'en') },
  /** A step's trips in person. */
  trips: { zh: (n: number) => `跑动${n}次`, en: (n: number) => `${n}× in person` },
  /** The materials a step asks for, and how many of them the reform cut. */
  materials: { zh: (n: number) => `材料${n}`, en: (n: number) => `materials ${n}` },
  materialsCut: { zh: (n: number) => `（减${n}）`, en: (n: number) => ` (−${n})` },
  /** The bound of a correction loop on its transition. */
  atMost: { zh: (n: number) => `最多${n}次`, en: (n: number) => `≤${n}×` },
} as const satisfies Record<string, Template<number>>;

/** How the reform marks a step in the before diagram (removed, merged) or the after one (added). */
export type StepMark = Extract<LedgerChange, 'removed' | 'merged' | 'added'>;

/** A step box's second line in both languages, and the reform's mark on it. */
export interface BoxWords {
  /** actor · time · trips · materials, or the reform's change, per language. */
  meta: Bilingual;
  /** True when the reform removed or merged the step (the before diagram strikes it through). */
  cut: boolean;
  /** removed, merged or added. */
  status?: StepMark;
}

/** "减少（数据共享）": the change with its reason (a chart's short wording), the reason left out when it says the same. */
export function describeChange(change: LedgerChange, reason: LedgerReason, lang: Lang): string {
  const what = say(LEDGER_CHANGES[change], lang);
  const why = say(LEDGER_REASONS[reason].short, lang);
  return why === what ? what : `${what}${paren(why, lang)}`;
}

/** The label on a transition in `lang`: its probability when below 1, and its bound. */
export function getEdgeLabel(tr: GraphTransition, lang: Lang): string | undefined {
  const parts: string[] = [];
  if (tr.p < 1) parts.push(`${num(tr.p * 100, 1)}%`);
  if (tr.max !== undefined) parts.push(fill(DIAGRAM_WORDS.atMost, lang, tr.max));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** The label on a transition in both languages, or undefined for none. */
export function getEdgeLabels(tr: GraphTransition): Bilingual | undefined {
  const zh = getEdgeLabel(tr, 'zh');
  return zh === undefined ? undefined : { zh, en: getEdgeLabel(tr, 'en')! };
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

/** The words of step `s` of `graph` on `side` (its counterpart on the other side is `other`). */
export function getBoxWords(s: GraphState, graph: ProcessGraph, other: ProcessGraph | undefined, side: 'before' | 'after', steps: StatusIndex, materials: StatusIndex): BoxWords {
  const count = getMaterialCount(s, graph, other, side, materials);
  const status = steps.get(graph.id, s.key);
  const days = s.duration ? s.duration.mode : 0;
  const meta = (lang: Lang) => {
    const parts = [s.actor ? say(ACTORS[s.actor], lang) : '', fill(DIAGRAM_WORDS.days, lang, days)];
    if (s.trips) parts.push(fill(DIAGRAM_WORDS.trips, lang, s.trips));
    if (count.shown > 0 || count.cut > 0) parts.push(fill(DIAGRAM_WORDS.materials, lang, count.shown) + (count.cut > 0 ? fill(DIAGRAM_WORDS.materialsCut, lang, count.cut) : ''));
    return parts.join(' · ');
  };
  const inBoth = (words: (lang: Lang) => string): Bilingual => ({ zh: words('zh'), en: words('en') });
  if (side === 'before' && isCut(status)) {
    const change = status!.change as 'removed' | 'merged';
    const text = (lang: Lang) => (change === 'merged' && status!.intoName ? `${say(LEDGER_CHANGES.merged, lang)} → ${status!.intoName}` : describeChange(change, status!.reason, lang));
    return { meta: inBoth(text), cut: true, status: change };
  }
  if (side === 'after' && status?.change === 'added') return { meta: inBoth((lang) => `${say(LEDGER_CHANGES.added, lang)} · ${meta(lang)}`), cut: false, status: 'added' };
  return { meta: inBoth(meta), cut: false };
}

