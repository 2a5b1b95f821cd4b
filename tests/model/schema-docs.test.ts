/**
 * The authoring schemas document themselves for the editor: every property a user can write has a
 * title and a description with Chinese first and English after, so yaml-language-server shows
 * completion and hover help in both.
 */
import { describe, expect, it } from 'vitest';
import bundleSchema from '../../schemas/bundle.schema.json' with { type: 'json' };
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };
import targetsSchema from '../../schemas/targets.schema.json' with { type: 'json' };
import calendarSchema from '../../schemas/calendar.schema.json' with { type: 'json' };
import settingsSchema from '../../schemas/settings.schema.json' with { type: 'json' };

type Schema = { [key: string]: unknown };

/** The $defs of every schema by file name, for cross-file $refs ("procedure.schema.json#/$defs/date"). */
const DEFS_BY_FILE: Record<string, Record<string, Schema>> = {
  'procedure.schema.json': procedureSchema.$defs as Record<string, Schema>,
  'calendar.schema.json': calendarSchema.$defs as Record<string, Schema>,
  'settings.schema.json': settingsSchema.$defs as Record<string, Schema>,
};
const DEFS = DEFS_BY_FILE['procedure.schema.json']!;

/** Follows a $ref to the $defs of its file (the procedure schema's for a local one, unless it has its own). */
function resolve(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const [file, name] = ref.split('#/$defs/') as [string, string];
  const defs = file ? DEFS_BY_FILE[file]! : { ...DEFS, ...DEFS_BY_FILE['calendar.schema.json'], ...DEFS_BY_FILE['settings.schema.json'] };
  return { ...defs[name], ...schema, $ref: undefined };
}

/** Every (path, property schema) pair under `schema`, descending through properties, items, $defs and branches. */
function properties(schema: Schema, path: string, seen = new Set<Schema>()): Array<[string, Schema]> {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const out: Array<[string, Schema]> = [];
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const [key, child] of Object.entries(props)) {
    const resolved = resolve(child);
    out.push([`${path}.${key}`, resolved], ...properties(resolved, `${path}.${key}`, seen));
  }
  for (const child of Object.values((schema.patternProperties ?? {}) as Record<string, Schema>)) {
    const resolved = resolve(child);
    out.push([`${path}[pattern]`, resolved], ...properties(resolved, `${path}[pattern]`, seen));
  }
  for (const key of ['items', 'additionalProperties', 'then', 'else']) {
    const child = schema[key];
    if (child && typeof child === 'object') out.push(...properties(resolve(child as Schema), `${path}[${key}]`, seen));
  }
  for (const branch of (schema.anyOf ?? []) as Schema[]) out.push(...properties(resolve(branch), `${path}|`, seen));
  return out;
}

const CHINESE = /[\u4e00-\u9fff]/;
const ENGLISH = /[A-Za-z]{3}/;

describe.each([
  ['procedure.schema.json', procedureSchema as Schema, 10],
  ['bundle.schema.json', bundleSchema as Schema, 10],
  ['targets.schema.json', targetsSchema as Schema, 1],
  ['calendar.schema.json', calendarSchema as Schema, 8],
  ['settings.schema.json', settingsSchema as Schema, 1],
])('%s', (_name, schema, least) => {
  // The procedure schema's $defs are walked too, for definitions only reached through branches.
  const defs = schema === procedureSchema ? Object.entries(DEFS).flatMap(([name, def]) => properties(def, `$defs.${name}`)) : [];
  const all = [...properties(schema, '$'), ...defs];

  it('reaches the properties users write', () => {
    expect(all.length).toBeGreaterThan(least);
  });

  it.each(all.map(([path, property]) => ({ path, property })))('$path has a Chinese and English title and description', ({ property }) => {
    for (const field of ['title', 'description'] as const) {
      const text = property[field];
      expect(typeof text, field).toBe('string');
      expect(text as string, field).toMatch(CHINESE);
      expect(text as string, field).toMatch(ENGLISH);
    }
  });
});
