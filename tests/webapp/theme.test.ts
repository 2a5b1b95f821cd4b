/**
 * Colour with meaning that everyone can read: text colours at 4.5:1 or more (WCAG AA) on the
 * backgrounds they sit on, removed steps legible, the six actor fills clearly apart (CIEDE2000) for
 * normal vision and under simulated deuteranopia and protanopia (Machado et al. 2009, via culori),
 * and good news told from new burden and from a warning without relying on red-green.
 */
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, parse, wcagContrast, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { ACTOR_KEYS } from '../../src/vocabulary/index.js';
import { ACCENT, ACTOR_COLOURS, BURDEN, GOOD, INK, MUTED, ON_FILL, REMOVED_FILL, SURFACE, WARN } from '../../web/src/theme.js';

const deltaE = differenceCiede2000();
const deuteranopia = filterDeficiencyDeuter(1);
const protanopia = filterDeficiencyProt(1);
const VISIONS: Record<string, (c: string) => Color> = { normal: (c) => parse(c)!, deuteranopia: (c) => deuteranopia(parse(c)!), protanopia: (c) => protanopia(parse(c)!) };

/** The smallest colour difference between any two of `colours` under each kind of vision, with the pair. */
function closest(colours: Record<string, string>) {
  const names = Object.keys(colours);
  return Object.entries(VISIONS).map(([vision, see]) => {
    let min = { vision, delta: Infinity, pair: '' };
    for (const [i, a] of names.entries()) {
      for (const b of names.slice(i + 1)) {
        const delta = deltaE(see(colours[a]!), see(colours[b]!));
        if (delta < min.delta) min = { vision, delta, pair: `${a} ~ ${b}` };
      }
    }
    return min;
  });
}

describe('theme colours', () => {
  it('write text at 4.5:1 or more on white and on a headline tile', () => {
    for (const [name, colour] of Object.entries({ INK, MUTED, ACCENT, GOOD, BURDEN, WARN })) {
      expect(wcagContrast(colour, '#ffffff'), name).toBeGreaterThanOrEqual(4.5);
      expect(wcagContrast(colour, SURFACE), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keep a removed step legible: its struck name and its figures at 4.5:1 or more, nothing faded', () => {
    expect(wcagContrast(MUTED, REMOVED_FILL)).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(GOOD, REMOVED_FILL)).toBeGreaterThanOrEqual(4.5);
  });

  it('give every actor a fill under dark text at 7:1 or more, and a step’s figures at 4.5:1 or more', () => {
    expect(Object.keys(ACTOR_COLOURS).sort()).toEqual([...ACTOR_KEYS].sort());
    for (const [actor, fill] of Object.entries(ACTOR_COLOURS)) {
      expect(wcagContrast(INK, fill), actor).toBeGreaterThanOrEqual(7);
      expect(wcagContrast(ON_FILL, fill), actor).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keep the six actor fills clearly apart, also for the colour-blind (CIEDE2000 ≥ 12, ≥ 10 under deuteranopia and protanopia)', () => {
    const [normal, deuteranopia, protanopia] = closest(ACTOR_COLOURS);
    expect(normal!.delta, normal!.pair).toBeGreaterThanOrEqual(12);
    expect(deuteranopia!.delta, deuteranopia!.pair).toBeGreaterThanOrEqual(10);
    expect(protanopia!.delta, protanopia!.pair).toBeGreaterThanOrEqual(10);
  });

  it('tell good news, new burden, a warning and the after accent apart, also for the colour-blind', () => {
    for (const m of closest({ GOOD, BURDEN, WARN, ACCENT })) expect(m.delta, `${m.vision}: ${m.pair}`).toBeGreaterThanOrEqual(m.vision === 'normal' ? 20 : 8);
  });
});
