/**
 * Words the analysis reports put together from the vocabulary (src/vocabulary): a named path's name,
 * an outcome's, each outcome with its probability. The numbers are written as the vocabulary writes them.
 */
import { OUTCOMES, PATHS, percent, type Lang, type PathName } from '../vocabulary/index.js';

export { findingText, grouped, num, percent } from '../vocabulary/index.js';

/** The name of a named path ("标准路径" / "standard path"). */
export function pathName(name: PathName, lang: Lang): string {
  return PATHS[name].name[lang];
}

/** The name of an outcome; an unknown one as it is. */
export function outcomeName(outcome: string, lang: Lang): string {
  return (OUTCOMES as Record<string, { zh: string; en: string } | undefined>)[outcome]?.[lang] ?? outcome;
}

/** Each outcome with its probability: "准予办结 88.21%", joined by `sep`. */
export function outcomesText(outcomes: ReadonlyArray<{ outcome: string; probability: number }>, lang: Lang, sep: string): string {
  return outcomes.map((o) => `${outcomeName(o.outcome, lang)} ${percent(o.probability)}`).join(sep);
}
