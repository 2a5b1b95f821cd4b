/** The analysis as JSON, conforming to schemas/analysis.schema.json. */
import type { BundleAnalysis } from '../analysis/bundle.js';
import type { DateBasis } from '../analysis/date-basis.js';
import type { ProcedureAnalysis } from '../analysis/types.js';
import { toBundleSummary } from './bundle.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Lang } from '../model/types.js';
import { toDatesJson } from './dates.js';
import { diagnosticToJson } from './diagnostics.js';
import { findingText } from './words.js';

/** Version of the JSON layout; bumped when a field changes meaning. */
export const ANALYSIS_FORMAT_VERSION = 1;

/** What `wujian analyze --format json` prints. */
export function toAnalysisJson(
  analyses: readonly ProcedureAnalysis[],
  problems: readonly Diagnostic[],
  options: { lang: Lang; dates?: DateBasis; bundles?: readonly BundleAnalysis[] },
) {
  return {
    tool: 'wujian',
    formatVersion: ANALYSIS_FORMAT_VERSION,
    lang: options.lang,
    ...(options.dates ? { startDate: options.dates.startDate, dates: toDatesJson(options.dates) } : {}),
    procedures: analyses.map((a) => ({
      ...a,
      paths: { ...a.paths, approvalPaths: Number.isFinite(a.paths.approvalPaths) ? a.paths.approvalPaths : Number.MAX_VALUE },
      findings: a.findings.map((f) => ({ ...f, message: findingText(f, options.lang) })),
    })),
    bundles: (options.bundles ?? []).map(toBundleSummary),
    problems: problems.map((d) => diagnosticToJson(d, options.lang)),
  };
}
