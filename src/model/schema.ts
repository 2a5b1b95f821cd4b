/**
 * JSON Schema validation (validators.ts: ajv, all errors) and the translation of ajv's errors into
 * located diagnostics that say, in words, what was expected.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ErrorObject } from 'ajv/dist/2020.js';
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };
import { dateSlip } from './calendar/dates.js';
import { createDiagnostic, type Diagnostic } from './diagnostic.js';
import { fromPointer, keySpanOf, spanOf } from './locate.js';
import type { ParsedYaml } from './parse.js';
import { suggest } from './suggest.js';
import { getValidator, SCHEMAS, type SchemaName } from './validators.js';

export type { SchemaName } from './validators.js';

type Schema = Record<string, unknown>;

/** True when `value` conforms to the schema: the quick question, asked before any problem needs placing. */
export function isSchemaValid(value: unknown, schema: SchemaName): boolean {
  return getValidator(schema)(value);
}

/** Validates `parsed.value` against a schema and returns one located diagnostic per real problem. */
export function validateSchema(file: string, parsed: ParsedYaml, schema: SchemaName): Diagnostic[] {
  const validate = getValidator(schema);
  if (validate(parsed.value)) return [];
  return simplify(validate.errors ?? []).map((error) => toDiagnostic(file, parsed, error));
}

/**
 * Keeps the errors a person should read: drops ajv's "if" bookkeeping and the echoes of a bad
 * property name, and for a failed anyOf keeps either the errors of the branch the value was meant
 * for (`p: 1.2` in `{ target, p }`: "p at most 1") or, when the value fits no branch's shape, the
 * anyOf alone ("should be a number or { min, mode, max }"). Exact repeats are dropped.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  // Branch errors carry schema paths relative to $refs, so they are matched to their anyOf by data path.
  const within = (e: ErrorObject, a: ErrorObject) =>
    e !== a && (e.instancePath === a.instancePath || e.instancePath.startsWith(a.instancePath + '/'));
  const isShapeMiss = (e: ErrorObject) =>
    SHAPE_KEYWORDS.has(e.keyword) && anyOfs.some((a) => a !== e && a.instancePath === e.instancePath);
  const explained = new Set(anyOfs.filter((a) => errors.some((e) => within(e, a) && e.keyword !== 'if' && !isShapeMiss(e))));
  // `{ id: a, name：营业执照 }` lacks no name: its name is glued to its value, which the unknown field says.
  const gluedKeys = new Set(
    errors.flatMap((e) => {
      const glued = e.keyword === 'additionalProperties' ? splitGlued(String(e.params.additionalProperty)) : undefined;
      return glued ? [`${e.instancePath}|${glued.key}`] : [];
    }),
  );
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === 'if' || explained.has(e) || isShapeMiss(e)) return false;
    if (e.keyword !== 'propertyNames' && e.propertyName !== undefined) return false;
    if (e.keyword === 'required' && gluedKeys.has(`${e.instancePath}|${String(e.params.missingProperty)}`)) return false;
    const id = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * A key read with its value because a full-width colon, or a colon with no space after it, did not
 * part them (`name：营业执照` in a flow mapping): the key and the value, or undefined.
 */
function splitGlued(field: string): { key: string; value: string } | undefined {
  const glued = /^([A-Za-z_][\w-]*)\s*(?:：\s*|:(?=\S))(.*)$/s.exec(field);
  return glued ? { key: glued[1]!, value: glued[2]!.trim() } : undefined;
}

/** Keywords by which a value misses an anyOf branch's shape altogether, rather than a detail of it. */
const SHAPE_KEYWORDS: ReadonlySet<string> = new Set(['type', 'const', 'enum']);

function toDiagnostic(file: string, parsed: ParsedYaml, e: ErrorObject): Diagnostic {
  const path = fromPointer(e.instancePath);
  const base = { path: e.instancePath };
  const parent = (e.parentSchema ?? {}) as Schema;
  switch (e.keyword) {
    case 'required': {
      const field = String(e.params.missingProperty);
      return createDiagnostic('schema-required', file, keySpanOf(parsed, path), { ...base, field, ...titleOf(parent, field) });
    }
    case 'additionalProperties': {
      const field = String(e.params.additionalProperty);
      // A key that must match a pattern (a calendar's years) rather than name a known field.
      if (parent.patternProperties && !parent.properties) {
        return createDiagnostic('calendar-year', file, keySpanOf(parsed, [...path, field]), { ...base, value: describeValue(field) });
      }
      const allowed = Object.keys((parent.properties ?? {}) as Schema);
      const glued = splitGlued(field);
      return createDiagnostic('schema-unknown-field', file, keySpanOf(parsed, [...path, field]), {
        ...base,
        field,
        allowed: allowed.join(', '),
        suggestion: suggest(field, allowed),
        glued: glued && allowed.includes(glued.key) ? `${glued.key}: ${glued.value}` : '',
      });
    }
    case 'propertyNames':
      return createDiagnostic('schema-id', file, keySpanOf(parsed, [...path, String(e.params.propertyName)]), {
        ...base,
        value: describeValue(e.params.propertyName),
        ...ruleOf(resolveSchema(parent.propertyNames as Schema)),
      });
    case 'type':
      return createDiagnostic('schema-type', file, spanOf(parsed, path), { ...base, expected: String(e.params.type), found: describeValue(e.data) });
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const found = describeValue(e.data);
      const suggestion = typeof e.data === 'string' ? suggest(e.data, allowed) : '';
      return createDiagnostic('schema-enum', file, spanOf(parsed, path), { ...base, allowed: allowed.join(' / '), found, suggestion });
    }
    case 'const':
      return createDiagnostic('schema-enum', file, spanOf(parsed, path), { ...base, allowed: String(e.params.allowedValue), found: describeValue(e.data), suggestion: '' });
    case 'pattern': {
      const code = patternCode(parent, path);
      const args = { ...base, value: describeValue(e.data), ...ruleOf(parent) };
      if (code === 'schema-date') return createDiagnostic(code, file, spanOf(parsed, path), { ...args, ...dateSlip(e.data) });
      return createDiagnostic(code, file, spanOf(parsed, path), args);
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return createDiagnostic('schema-range', file, spanOf(parsed, path), {
        ...base,
        comparison: String(e.params.comparison),
        limit: Number(e.params.limit),
        found: describeValue(e.data),
      });
    case 'minLength':
    case 'maxLength':
      return createDiagnostic(e.keyword === 'minLength' ? 'schema-empty-text' : 'schema-long-text', file, spanOf(parsed, path), {
        ...base,
        limit: Number(e.params.limit),
      });
    case 'minItems':
    case 'minProperties':
      return createDiagnostic('schema-too-few', file, spanOf(parsed, path), { ...base, limit: Number(e.params.limit) });
    case 'uniqueItems':
      return createDiagnostic('schema-duplicate-item', file, spanOf(parsed, [...path, Number(e.params.i)]), {
        ...base,
        value: describeValue((e.data as unknown[])[Number(e.params.i)]),
      });
    case 'anyOf':
      return createDiagnostic('schema-value', file, spanOf(parsed, path), { ...base, shape: defHolding(parent), found: describeValue(e.data) });
    default:
      return createDiagnostic('schema-other', file, spanOf(parsed, path), { ...base, detail: e.message ?? e.keyword });
  }
}

/** The Chinese and English halves of a property's title ("环节名称 Step name"). */
function titleOf(parent: Schema, field: string): { titleZh: string; titleEn: string } {
  const properties = (parent.properties ?? {}) as Record<string, Schema>;
  let property = properties[field];
  if (property && !property.title && typeof property.$ref === 'string') property = resolveRef(property.$ref);
  const title = typeof property?.title === 'string' ? property.title : '';
  const cut = title.search(/ [A-Za-z]/);
  return cut > 0 ? { titleZh: title.slice(0, cut), titleEn: title.slice(cut + 1) } : { titleZh: title, titleEn: title };
}

/**
 * The Chinese and English halves of a pattern's `patternErrorMessage` (the rule the value breaks), as
 * `ruleZh` and `ruleEn`: the editor shows the same text.
 */
function ruleOf(schema: Schema | undefined): { ruleZh?: string; ruleEn?: string } {
  const text = schema?.patternErrorMessage;
  if (typeof text !== 'string') return {};
  const [zh = '', en = zh] = text.split('\n');
  return { ruleZh: zh, ruleEn: en };
}

/** A schema with a local or cross-file $ref to the procedure schema's $defs followed. */
function resolveSchema(schema: Schema | undefined): Schema | undefined {
  return typeof schema?.$ref === 'string' ? resolveRef(schema.$ref) : schema;
}

function resolveRef(ref: string): Schema | undefined {
  const name = ref.split('/$defs/')[1];
  const defs = procedureSchema.$defs as Record<string, Schema>;
  return name ? defs[name] : undefined;
}

/**
 * The $defs entry, in any of the schemas, whose schema holds `schema` ("limit", "transitions" …). ajv's
 * schema paths restart at each $ref, but its `parentSchema` is the schema itself: found by structure, as
 * precompiled validators carry copies (tests/model/schema.test.ts holds every such part unique to its entry).
 */
function defHolding(schema: Schema): string {
  for (const root of Object.values(SCHEMAS)) {
    const defs = ((root as Schema).$defs ?? {}) as Record<string, unknown>;
    const name = Object.keys(defs).find((key) => holds(defs[key], schema));
    if (name) return name;
  }
  return 'value';
}

function holds(tree: unknown, target: unknown): boolean {
  if (tree === target || isDeepStrictEqual(tree, target)) return true;
  if (typeof tree !== 'object' || tree === null) return false;
  return Object.values(tree).some((child) => holds(child, target));
}

/** The diagnostic for a pattern mismatch: by the definition the pattern belongs to, else by the field. */
function patternCode(parent: Schema, path: ReadonlyArray<string>): 'schema-date' | 'schema-id' | 'schema-item-code' | 'schema-yaml-path' {
  const def = defHolding(parent);
  if (def === 'date') return 'schema-date';
  if (def === 'identifier') return 'schema-id';
  if (def === 'yamlPath') return 'schema-yaml-path';
  const field = path.at(-1);
  return field === 'code' ? 'schema-item-code' : field === 'path' ? 'schema-yaml-path' : 'schema-id';
}

/** A short rendering of a value for a message: strings quoted, long ones cut. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  return String(value);
}
