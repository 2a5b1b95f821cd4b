/**
 * What a step says when hovered or focused: its tooltip lines, in either language. The words drawn in
 * its box and on the transitions come with the layout (src/report/diagram/words.ts).
 */
import type { GraphState, ProcessGraph } from '../contract.js';
import { ACTORS, LEDGER_REASONS, MEASURES, num } from '../../../src/vocabulary/index.js';
import { describeChange } from '../../../src/report/diagram/words.js';
import type { StatusIndex } from '../../../src/report/diagram/status.js';
import { colon, paren, say, t, type Lang } from '../i18n.js';
import type { NodeBox } from '../layout/process.js';

/** An actor's name; a step without one (an end) has none. */
function actorName(actor: GraphState['actor'], lang: Lang): string {
  return actor ? say(ACTORS[actor], lang) : '';
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
