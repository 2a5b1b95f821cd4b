/** One file of a catalogue: loaded on its own, and analysed when it is a valid procedure. */
import { loadFile } from '../../model/load.js';
import { analyzeProcedure } from '../measures.js';
import type { CatalogueEntry, CatalogueOptions } from './types.js';

/** Loads `file` (without the cross-file checks of bundles) and, as `options` ask, analyses it. */
export function checkCatalogueFile(file: string, options: Omit<CatalogueOptions, 'workers'>): CatalogueEntry {
  const { document, diagnostics } = loadFile(file);
  const entry: CatalogueEntry = { file, diagnostics };
  if (!document) return entry;
  entry.kind = document.kind;
  entry.id = document.id;
  if (options.documents) entry.document = document;
  if (options.analyze && document.kind === 'procedure') entry.analysis = analyzeProcedure(document, { startDate: options.startDate, stepCounting: options.stepCounting });
  return entry;
}
