/** Colours and type sizes: calm government-report look, grey for before, one accent for after. */

/** Colour of everything "after the reform". */
export const ACCENT = '#1b5fa6';
/** Colour of everything "before the reform". */
export const BEFORE = '#9aa3ad';
/** Text colour. */
export const INK = '#1f2933';
/** Secondary text and axes. */
export const MUTED = '#5f6b76';
/** Grid lines and borders. */
export const RULE = '#d9dee3';
/** Grid lines inside a plot, lighter than RULE, always drawn behind the marks. */
export const GRID = '#e6e9ed';
/** Fill of "before" bars and marks (BEFORE is its name's colour). */
export const BEFORE_MARK = '#9aa3ad';
/** Met targets. */
export const GOOD = '#2f7d4f';
/** Missed targets and limit lines. */
export const WARN = '#b5473a';
/** Font stack: the shipped Noto Sans SC first. */
export const FONT = "'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
/** Base label size in pixels (14px or more everywhere). */
export const SIZE = 14;

/** Fill of a step by who does it (muted tones, readable with dark text). */
export const ACTOR_COLOURS: Record<string, string> = {
  applicant: '#f2d7b6',
  window: '#cfe0f1',
  department: '#d6e6d3',
  expert: '#e3d6ec',
  'third-party': '#eee3c4',
  system: '#d3ebe9',
};

/** The fill for `actor`, grey for unknown actors. */
export function actorColour(actor: string | undefined): string {
  return (actor && ACTOR_COLOURS[actor]) || '#e6e8eb';
}
