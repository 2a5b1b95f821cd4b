/** A bundle's items as the commands read them: resolved from the bundle file, named as the user sees files. */
import { resolve } from 'node:path';
import type { LoadOptions } from '../model/load.js';
import { resolveBundle, type ResolvedBundle } from '../model/resolve-bundle.js';
import type { Bundle } from '../model/types.js';
import { displayPath, type IO } from './io.js';

/**
 * Resolves the items of `bundle` (its item paths are relative to the bundle file) and shows every
 * file name, of the items and of the problems, relative to the working folder (displayPath).
 */
export function resolveBundleItems(bundle: Bundle, io: IO, load: LoadOptions = {}): ResolvedBundle {
  const resolved = resolveBundle({ ...bundle, file: resolve(io.cwd, bundle.file) }, { load });
  return {
    diagnostics: resolved.diagnostics.map((d) => ({ ...d, file: displayPath(io, d.file) })),
    items: resolved.items.map((item) => ({ ...item, procedure: { ...item.procedure, file: displayPath(io, item.procedure.file) } })),
  };
}
