/**
 * Colours and type sizes: a calm government-report look, grey for before, one accent for after, and
 * colour that means something: cuts in a good-news green, new burden in amber, missed targets and
 * limits in red. Every text colour reads at 4.5:1 or more on white; the six actor fills stay apart
 * (CIEDE2000) also under simulated red-green colour blindness: tests/webapp/theme.test.ts checks both.
 */
import type { ChangeEffect } from '../../src/vocabulary/index.js';

/** Colour of everything "after the reform". */
export const ACCENT = '#1b5fa6';
/** Colour of everything "before the reform" (bars and swatches; text before is MUTED). */
export const BEFORE = '#9aa3ad';
/** Fill of "before" bars and marks. */
export const BEFORE_MARK = BEFORE;
/** Text colour. */
export const INK = '#1f2933';
/** Secondary text and axes. */
export const MUTED = '#5f6b76';
/** Secondary text on a step's actor fill (a step box's figures): darker than MUTED, so it reads at 4.5:1 on every fill. */
export const ON_FILL = '#3a4550';
/** Grid lines and borders. */
export const RULE = '#d9dee3';
/** Grid lines inside a plot, lighter than RULE, always drawn behind the marks. */
export const GRID = '#e6e9ed';
/** Background of a headline tile. */
export const SURFACE = '#f4f6f8';
/** Good news: a cut (数据共享, 告知承诺, 合并, 取消 …), a met target, a figure that went down. */
export const GOOD = '#0b7a5c';
/** New burden: something added (新增), a figure that went up. */
export const BURDEN = '#a15c00';
/** Missed targets and limit lines. */
export const WARN = '#b5473a';
/** Fill of a step the reform removed: plain, so its struck-through text stays legible. */
export const REMOVED_FILL = '#f1f3f5';
/** Font stack: the shipped Noto Sans SC first. */
export const FONT = "'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
/** Base label size in pixels (14px or more everywhere). */
export const SIZE = 14;

/** The colour of each effect of a change on the applicant. */
export const EFFECT_COLOURS: Readonly<Record<ChangeEffect, string>> = { cut: GOOD, later: MUTED, burden: BURDEN };

/** The colour of a measure's cut: good news when it went down, burden when up, muted when unchanged or unknown. */
export function changeColour(cut: number | null): string {
  return cut === null || cut === 0 ? MUTED : cut > 0 ? GOOD : BURDEN;
}

/**
 * Fill of a step by who does it: light tones that keep dark text at 7:1 or more, chosen to stay at
 * least 12 apart in CIEDE2000, and 10 apart under simulated deuteranopia and protanopia.
 */
export const ACTOR_COLOURS: Record<string, string> = {
  applicant: '#ffe4b6',
  window: '#9abaf4',
  department: '#afb5a8',
  expert: '#fde0e1',
  'third-party': '#b6b975',
  system: '#dee3ff',
};

/** The fill for `actor`, grey for unknown actors. */
export function actorColour(actor: string | undefined): string {
  return (actor && ACTOR_COLOURS[actor]) || '#e6e8eb';
}
