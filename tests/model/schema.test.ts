/**
 * Schema problems are located at what the user wrote and say what was expected; keys such as
 * __proto__ are schema problems, never a way into Object.prototype.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeDiagnostic } from '../../src/model/messages.js';
import { loadText } from '../../src/model/load.js';
import { getValidator, SCHEMA_IDS, type SchemaName } from '../../src/model/validators.js';
import { fixture, loadDiagnostics, places, ROOT } from '../support/files.js';

/** A procedure whose first step's `on:` is `transitions` (flow style), for anyOf cases. */
function withTransitions(transitions: string, extra = ''): string {
  return [
    'id: sample', 'name: 示例许可', 'version: { label: 改革前 }', extra, 'materials: []', 'process:', '  initial: apply', '  states:',
    `    apply: { name: 申请, on: ${transitions} }`, '    done: { type: final, outcome: approved }',
  ].join('\n');
}

describe('prototype keys', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('at the top level are unknown fields, each at its line', () => {
    const diagnostics = loadDiagnostics(fixture('hostile', 'proto-top-level.yaml'));
    expect(places(diagnostics)).toEqual(['schema-unknown-field 1:1', 'schema-unknown-field 2:1', 'schema-unknown-field 3:1']);
  });

  it('in materials are unknown fields or invalid ids', () => {
    const diagnostics = loadDiagnostics(fixture('hostile', 'proto-materials.yaml'));
    expect(places(diagnostics)).toEqual([
      'schema-unknown-field 5:28', 'schema-id 6:11', 'schema-id 7:11', 'schema-id 11:42', 'schema-id 11:55',
    ]);
  });

  it('as state ids, targets and event names are invalid identifiers', () => {
    const diagnostics = loadDiagnostics(fixture('hostile', 'proto-state-ids.yaml'));
    expect(places(diagnostics)).toEqual([
      'schema-id 7:12', 'schema-id 9:5', 'schema-id 9:61', 'schema-id 10:5', 'schema-id 10:36', 'schema-id 10:47', 'schema-id 11:5',
    ]);
  });
});

describe('wrong types', () => {
  it('the valid food-licence fixture has no diagnostics', () => {
    expect(loadDiagnostics(fixture('procedures', 'food-licence.yaml'))).toEqual([]);
  });

  it('every field of the food-licence fixture with a wrong type is reported at its own line', () => {
    const diagnostics = loadDiagnostics(fixture('procedures', 'food-licence-wrong-types.yaml'));
    expect(places(diagnostics)).toEqual([
      'schema-type 2:5', 'schema-type 3:7', 'schema-type 4:7', 'schema-value 5:13', 'schema-value 6:8', 'schema-type 7:10',
      'schema-type 8:9', 'schema-type 9:9', 'schema-type 10:7', 'schema-type 12:5', 'schema-type 13:43', 'schema-type 19:18',
      'schema-type 20:14', 'schema-type 21:15', 'schema-type 22:44', 'schema-type 22:56',
    ]);
  });

  it('says what was expected and what was found, in both languages', () => {
    const diagnostics = loadDiagnostics(fixture('procedures', 'food-licence-wrong-types.yaml'));
    const trips = diagnostics.find((d) => d.line === 20)!;
    expect(describeDiagnostic(trips, 'zh')).toEqual({
      message: '步骤 "apply" 的 trips 应为整数，实际写的是 "一次"',
      hint: '数字不要加引号或单位，例如 duration: 5。',
    });
    expect(describeDiagnostic(trips, 'en').message).toBe('trips of step "apply" should be a whole number, found "一次"');
  });
});

describe('values with several allowed shapes', () => {
  it('a transition object with p above 1 is reported at p, not as a wrong shape', () => {
    const { diagnostics } = loadText('t.yaml', withTransitions('{ SUBMIT: { target: done, p: 1.2 } }'));
    expect(places(diagnostics)).toEqual(['schema-range 9:57']);
    expect(describeDiagnostic(diagnostics[0]!, 'zh').message).toBe('步骤 "apply" 的 on.SUBMIT.p 应不大于 1，实际为 1.2');
  });

  it('a transition that is a list is reported once, with the shapes it may take', () => {
    const { diagnostics } = loadText('t.yaml', withTransitions('{ SUBMIT: [done] }'));
    expect(places(diagnostics)).toEqual(['schema-value 9:38']);
    expect(describeDiagnostic(diagnostics[0]!, 'en').hint).toBe('Expected a step id, or { target: step id, p: probability, max: times }');
  });

  it('a transition to a step name with brackets is reported as an invalid identifier', () => {
    const { diagnostics } = loadText('t.yaml', withTransitions('{ SUBMIT: 办结（一） }'));
    expect(places(diagnostics)).toEqual(['schema-id 9:38']);
  });

  it('a negative limit is reported as out of range', () => {
    const { diagnostics } = loadText('t.yaml', withTransitions('{ SUBMIT: done }', 'limits: { statutory: -5 }'));
    expect(places(diagnostics)).toEqual(['schema-range 4:22']);
  });

  it('an empty legal basis list is reported as too short', () => {
    const { diagnostics } = loadText('t.yaml', withTransitions('{ SUBMIT: done }', 'basis: []'));
    expect(places(diagnostics)).toEqual(['schema-too-few 4:8']);
  });
});

describe('the procedure schema', () => {
  it('has no part of one definition repeated in another where a problem is named by its definition', async () => {
    // Precompiled validators carry copies of the schemas, so a failing part is traced to its $defs
    // entry by structure: that must name one entry only, across every schema.
    const { SCHEMAS } = await import('../../src/model/validators.js');
    const owners = new Map<string, Set<string>>();
    const walk = (def: string, node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      if (!Array.isArray(node)) {
        const key = JSON.stringify(node);
        (owners.get(key) ?? owners.set(key, new Set()).get(key)!).add(def);
      }
      for (const child of Object.values(node)) walk(def, child);
    };
    for (const [kind, schema] of Object.entries(SCHEMAS)) {
      for (const [name, def] of Object.entries((schema as { $defs?: object }).$defs ?? {})) walk(`${kind}#${name}`, def);
    }
    const shared = [...owners].filter(([key, defs]) => defs.size > 1 && /"(anyOf|pattern)"/.test(key)).map(([key]) => key);
    expect(shared).toEqual([]);
  });
});

describe('the schemas', () => {
  it('are each a kind of file wujian reads, with its validator (precompiled in the package), or a kind of output it writes', () => {
    // Output schemas are checked against what the commands print (tests/support/schemas.ts); nothing
    // validates against them at run time. A new schema file must be put in one list or the other:
    // a kind of input goes in SCHEMAS (src/model/validators.ts), which the build precompiles.
    const outputs = ['analysis', 'catalogue', 'comparison', 'dates', 'simulation', 'suggestions'].map((name) => `${name}.schema.json`);
    const files = readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json'));
    expect([...Object.values(SCHEMA_IDS), ...outputs].sort()).toEqual(files.sort());
    for (const name of Object.keys(SCHEMA_IDS) as SchemaName[]) expect(typeof getValidator(name), name).toBe('function');
  });
});
