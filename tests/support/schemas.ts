/** Compiling the output schemas (analysis, simulation, comparison) with the dates schema they refer to. */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import datesSchema from '../../schemas/dates.schema.json' with { type: 'json' };

/** A validator of one output schema; its "dates.schema.json" references resolve to schemas/dates.schema.json. */
export function compileOutputSchema(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
  ajv.addSchema(datesSchema, 'dates.schema.json');
  return ajv.compile(schema);
}
