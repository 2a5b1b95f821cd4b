/**
 * The JSON Schema validators (ajv, all errors, verbose), one per kind of document. The built package
 * precompiles them (scripts/build.ts writes dist/model/validators.cjs, ajv's standalone code):
 * loading that takes a few milliseconds where compiling took a hundred, and ajv's compiler is never
 * loaded. Run from the sources, they are compiled on first use.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };
import bundleSchema from '../../schemas/bundle.schema.json' with { type: 'json' };
import targetsSchema from '../../schemas/targets.schema.json' with { type: 'json' };
import mappingSchema from '../../schemas/import-mapping.schema.json' with { type: 'json' };
import calendarSchema from '../../schemas/calendar.schema.json' with { type: 'json' };
import settingsSchema from '../../schemas/settings.schema.json' with { type: 'json' };

/**
 * The kinds of document a YAML file can hold: procedures and bundles, targets for a comparison, a
 * mapping for an import, holiday calendars and the project settings (wujian.yaml).
 */
export type SchemaName = 'procedure' | 'bundle' | 'targets' | 'mapping' | 'calendar' | 'settings';

/** The id each schema is added to ajv under (the file name other schemas' $refs name it by), by kind. */
export const SCHEMA_IDS: Record<SchemaName, string> = {
  procedure: 'procedure.schema.json',
  bundle: 'bundle.schema.json',
  targets: 'targets.schema.json',
  mapping: 'import-mapping.schema.json',
  calendar: 'calendar.schema.json',
  settings: 'settings.schema.json',
};

/** Each schema, by kind. */
export const SCHEMAS: Record<SchemaName, object> = {
  procedure: procedureSchema,
  bundle: bundleSchema,
  targets: targetsSchema,
  mapping: mappingSchema,
  calendar: calendarSchema,
  settings: settingsSchema,
};

/** The precompiled validators' file, beside this module once it is built. */
export const PRECOMPILED_FILE = 'validators.cjs';

const require = createRequire(import.meta.url);

/**
 * An ajv instance with every schema added, as the validators are compiled: at run time from the
 * sources, and at build time, with `{ code: { source: true } }`, for the precompiled file.
 */
export function createAjv(extra: ConstructorParameters<typeof Ajv2020>[0] = {}): Ajv2020 {
  const { default: Ajv } = require('ajv/dist/2020.js') as { default: typeof Ajv2020 };
  const ajv = new Ajv({ allErrors: true, verbose: true, strictTypes: false, strictRequired: false, ...extra });
  // yaml-language-server shows this text instead of the raw regex; the diagnostics take their hint
  // from it too, so the editor and `wujian validate` say the same.
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  for (const name of Object.keys(SCHEMAS) as SchemaName[]) ajv.addSchema(SCHEMAS[name], SCHEMA_IDS[name]);
  return ajv;
}

let precompiled: Record<SchemaName, ValidateFunction> | null | undefined;
let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

/**
 * The validator of one kind of document: precompiled when the package was built, else compiled on
 * first use (only the kinds of file read are compiled); shared by every later call.
 */
export function getValidator(name: SchemaName): ValidateFunction {
  if (precompiled === undefined) {
    const file = new URL(`./${PRECOMPILED_FILE}`, import.meta.url);
    precompiled = existsSync(file) ? (require(fileURLToPath(file)) as Record<SchemaName, ValidateFunction>) : null;
  }
  if (precompiled) return precompiled[name];
  let validate = compiled.get(name);
  if (!validate) compiled.set(name, (validate = (ajv ??= createAjv()).getSchema(SCHEMA_IDS[name])!));
  return validate;
}
