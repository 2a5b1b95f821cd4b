/**
 * The yaml library (eemeli/yaml), loaded the first time it is needed. Loading it takes about 60 ms, and
 * most files never need it: a file with nothing to report is read by read-block.ts or js-yaml
 * (read-value.ts), so `validate`, `analyze` and `report` of such files, and each catalogue worker,
 * start without it. What does need it (the parser that keeps positions, parse.ts; the locator,
 * locate.ts; the core-schema forms of a plain scalar, read-value.ts) asks yamlLib() for it.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

/**
 * yaml's exports, loaded on the first call: synchronously, as the loaders that ask for them are.
 * @example const doc = yamlLib().parseDocument(text)
 */
export function yamlLib(): typeof Yaml {
  lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return lib;
}
