/**
 * Compiling the output schemas (analysis, simulation, comparison, suggestions, catalogue) with the
 * schemas they refer to: dates, and comparison and suggestions for the two that reuse their parts.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import comparisonSchema from '../../schemas/comparison.schema.json' with { type: 'json' };
import datesSchema from '../../schemas/dates.schema.json' with { type: 'json' };
import suggestionsSchema from '../../schemas/suggestions.schema.json' with { type: 'json' };

/** The schemas output schemas refer to, by the name they refer to them with. */
const REFERRED: ReadonlyArray<[string, { $id?: string }]> = [
  ['dates.schema.json', datesSchema],
  ['comparison.schema.json', comparisonSchema],
  ['suggestions.schema.json', suggestionsSchema],
];

/** A validator of one output schema; the schemas it refers to resolve to those in schemas/. */
export function compileOutputSchema(schema: { $id?: string }): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
  for (const [name, referred] of REFERRED) if (referred.$id !== schema.$id) ajv.addSchema(referred, referred.$id ? undefined : name);
  return ajv.compile(schema);
}
