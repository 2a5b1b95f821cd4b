/**
 * Loads the chart renderer (types.ts ChartRenderer): the web's chart code, which imports d3 and the
 * web's own modules, neither of which the installed package has as such. So the build bundles it
 * (scripts/build.ts: web/office/charts.ts with d3 inside → dist/report/office/charts.js, beside this
 * module); a clone runs its TypeScript source through tsx. The path is computed, so tsc never takes
 * the web's sources into dist/.
 */
import { existsSync } from 'node:fs';
import type { ChartRenderer } from './types.js';

/** The bundled renderer's file name, beside this module once built. */
export const RENDERER_FILE = 'charts.js';

/** The renderer's source, from this module in src/report/office/. */
const SOURCE = '../../../web/office/charts.ts';

/** The chart renderer, loaded on first use (d3, linkedom and the web's views load only here). */
export async function loadChartRenderer(): Promise<ChartRenderer> {
  const built = new URL(`./${RENDERER_FILE}`, import.meta.url);
  const url = existsSync(built) ? built : new URL(SOURCE, import.meta.url);
  const module = (await import(url.href)) as { renderer: ChartRenderer };
  return module.renderer;
}
