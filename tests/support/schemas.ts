/** Compiling the output schemas (analysis, simulation, comparison) with the schemas they refer to. */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import comparisonSchema from '../../schemas/comparison.schema.json' with { type: 'json' };
import datesSchema from '../../schemas/dates.schema.json' with { type: 'json' };

/**
 * A validator of one output schema; its "dates.schema.json" references resolve to schemas/dates.schema.json,
 * and "comparison.schema.json" ones (the analysis schema names its counting rules from it) to that schema.
 */
export function compileOutputSchema(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
  ajv.addSchema(datesSchema, 'dates.schema.json');
  if ((schema as { $id?: string }).$id !== comparisonSchema.$id) ajv.addSchema(comparisonSchema);
  return ajv.compile(schema);
}
