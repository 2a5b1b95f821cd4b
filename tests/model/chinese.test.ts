/**
 * Authors write Chinese where they think in Chinese: ids of any script, enum values as their Chinese
 * words (or Latin III级), and "did you mean" that compares a word only with words of its own script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };
import { analyzeProcedure } from '../../src/analysis/measures.js';
import { createProcedureMachine } from '../../src/machine/compile.js';
import { toIdentifier } from '../../src/model/ids.js';
import { loadFile, loadText } from '../../src/model/load.js';
import { describe as describeDiagnostic } from '../../src/model/messages.js';
import { suggest } from '../../src/model/suggest.js';
import type { Procedure } from '../../src/model/types.js';
import { AUTHORED, authoredKeys, readWord, wordsFor, type AuthoredField } from '../../src/vocabulary/index.js';
import { fixture, places, ROOT } from '../support/files.js';

function loadChinese(): Procedure {
  const result = loadFile(fixture('procedures', 'chinese.yaml'));
  expect(result.diagnostics).toEqual([]);
  if (result.document?.kind !== 'procedure') throw new Error('not a procedure');
  return result.document;
}

describe('a procedure written in Chinese (tests/fixtures/procedures/chinese.yaml)', () => {
  it('validates with Chinese ids and Chinese enum words, read as the model values', () => {
    const p = loadChinese();
    expect(p.id).toBe('户外招牌设置审批');
    expect(p.online).toBe('Ⅲ级');
    expect(p.limits.statutory).toEqual({ days: 20, unit: 'workday', instant: false });
    expect([...p.materials.values()].map((m) => [m.id, m.source])).toEqual([
      ['申请表', 'applicant'], ['营业执照', 'government'], ['设计图', 'third-party'],
    ]);
    const states = p.process.states;
    expect(states.get('申请')).toMatchObject({ type: 'step', actor: 'applicant' });
    expect(states.get('受理')).toMatchObject({ type: 'step', actor: 'window', duration: { min: 0.5, mode: 0.5, max: 0.5 } });
    expect(states.get('审查')).toMatchObject({ type: 'step', actor: 'department', duration: { distribution: 'triangular' } });
    expect(states.get('办结')).toMatchObject({ type: 'final', outcome: 'approved' });
    expect(states.get('不予许可')).toMatchObject({ type: 'final', outcome: 'rejected' });
  });

  it('analyses: 3 materials, the standard path 申请 → 受理 → 审查', () => {
    const analysis = analyzeProcedure(loadChinese());
    expect(analysis.materials.procedure).toBe(3);
    expect(analysis.paths.standard?.stepNames).toEqual(['申请', '受理', '审查']);
    expect(analysis.paths.standard?.steps).toBe(3);
  });

  it('runs as an XState machine with Chinese state and event keys', () => {
    const actor = createActor(createProcedureMachine(loadChinese())).start();
    for (const type of ['提交', '受理', '准予']) actor.send({ type });
    expect(actor.getSnapshot().value).toBe('办结');
    expect(actor.getSnapshot().status).toBe('done');
  });
});

describe('identifiers', () => {
  const withStep = (id: string) =>
    ['id: 事项', 'name: 示例', 'version: { label: 改革前 }', 'materials: []', 'process:', `  initial: ${id}`, '  states:',
      `    ${id}: { name: 申请, on: { 提交: 办结 } }`, '    办结: { type: final, outcome: approved }'].join('\n');

  it.each(['申请', 'review-2', 'Ärztliche_Prüfung', 'заявка', '申请_1'])('%s is a valid step id', (id) => {
    expect(loadText('t.yaml', withStep(id)).diagnostics).toEqual([]);
  });

  it.each(['1申请', '申请 一', '申请.一', '申请/一', '申请（一）', '#申请', 'constructor'])('%s is refused with the rule the editor shows', (id) => {
    const { diagnostics } = loadText('t.yaml', withStep(JSON.stringify(id)));
    const found = diagnostics.filter((d) => d.code === 'schema-id');
    expect(found.length).toBeGreaterThan(0);
    const message = (procedureSchema.$defs.identifier as { patternErrorMessage: string }).patternErrorMessage;
    expect(describeDiagnostic(found[0]!, 'zh').hint).toBe(message.split('\n')[0]);
    expect(describeDiagnostic(found[0]!, 'en').hint).toBe(message.split('\n')[1]);
  });

  it('toIdentifier keeps letters and digits of a name, and numbers repeats', () => {
    const taken = new Set<string>();
    expect(toIdentifier('营业执照（副本）复印件', '材料', taken)).toBe('营业执照副本复印件');
    expect(toIdentifier('营业执照（副本）复印件', '材料', taken)).toBe('营业执照副本复印件-2');
    expect(toIdentifier('《申请书》', '材料', taken)).toBe('申请书');
    expect(toIdentifier('1. Application form', '材料', taken)).toBe('Application-form');
    expect(toIdentifier('（一）', '材料', taken)).toBe('一');
    expect(toIdentifier('（1）', '材料', taken)).toBe('材料');
    expect(toIdentifier('constructor', '材料', taken)).toBe('constructor-2');
  });
});

describe('enum words', () => {
  const withActor = (actor: string) =>
    ['id: 事项', 'name: 示例', 'version: { label: 改革前 }', 'online: IIII级', 'materials: []', 'process:', '  initial: 申请', '  states:',
      `    申请: { name: 申请, actor: ${actor}, on: { 提交: 办结 } }`, '    办结: { type: final, outcome: approved }'].join('\n');

  it('a Chinese word off by one character gets the Chinese suggestion', () => {
    const { diagnostics } = loadText('t.yaml', withActor('审批部'));
    const actor = diagnostics.find((d) => d.line === 9)!;
    expect(actor.code).toBe('schema-enum');
    expect(describeDiagnostic(actor, 'zh').hint).toMatch(/^是否想写 "审批部门"？/);
    const online = diagnostics.find((d) => d.line === 4)!;
    expect(describeDiagnostic(online, 'zh').hint).toMatch(/^是否想写 "III级"？/);
  });

  it('a Latin word gets a Latin suggestion', () => {
    const { diagnostics } = loadText('t.yaml', withActor('windows'));
    expect(describeDiagnostic(diagnostics.find((d) => d.line === 9)!, 'en').hint).toMatch(/^Did you mean "window"\?/);
  });

  it('reads every word of every field as its key, and no word as two keys', () => {
    for (const field of Object.keys(AUTHORED) as AuthoredField[]) {
      const words = authoredKeys(field).flatMap((key) => wordsFor(field, key));
      expect(new Set(words).size, field).toBe(words.length);
      for (const key of authoredKeys(field)) for (const word of wordsFor(field, key)) expect(readWord(field, word)).toBe(key);
    }
    expect(readWord('actor', '整改')).toBeUndefined();
    expect([readWord('online', 'III级'), readWord('online', '三级'), readWord('source', '申请人'), readWord('outcome', '准予')]).toEqual(['Ⅲ级', 'Ⅲ级', 'applicant', 'approved']);
  });
});

describe('did you mean', () => {
  it('never suggests a Chinese word for an unrelated one of the same length (整改 is not 申请)', () => {
    expect(suggest('整改', ['申请', '受理', 'apply'])).toBe('');
    const { diagnostics } = loadText('t.yaml', [
      'id: 事项', 'name: 示例', 'version: { label: 改革前 }', 'materials: []', 'process:', '  initial: 申请', '  states:',
      '    申请: { name: 申请, on: { 提交: 整改 } }', '    办结: { type: final, outcome: approved }',
    ].join('\n'));
    expect(places(diagnostics)).toContain('unknown-target 8:31');
    expect(describeDiagnostic(diagnostics.find((d) => d.code === 'unknown-target')!, 'zh').hint).toBe('同一层可用的步骤：申请, 办结');
  });

  it('suggests within the script the word is written in', () => {
    expect(suggest('受里', ['受理', 'accept'])).toBe('受理');
    expect(suggest('申请人自被', ['申请人自备', 'applicant'])).toBe('申请人自备');
    expect(suggest('acept', ['受理', 'accept'])).toBe('accept');
    expect(suggest('受理', ['accept'])).toBe('');
  });
});

describe('counting and scheduling words in Chinese', () => {
  it('reads stepCounting: 逐环节 / 按阶段 as per-step / stage, on the file and on a block, and counts 环节 alike', () => {
    const text = readFileSync(join(ROOT, 'processes/construction-permit/after.yaml'), 'utf8');
    const steps = (counting: string) => {
      const result = loadText('after.yaml', text.replace(/^id: /m, `stepCounting: ${counting}\nid: `));
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const procedure = result.document as Procedure;
      return { counting: procedure.stepCounting, steps: analyzeProcedure(procedure).paths.standard!.steps };
    };
    expect(steps('逐环节')).toEqual(steps('per-step'));
    expect(steps('按阶段')).toEqual(steps('stage'));
    expect(steps('逐环节').counting).toBe('per-step');
    expect(steps('逐环节').steps).toBeGreaterThan(steps('按阶段').steps);
  });

  it('reads a bundle item’s after: { from: 开始 } as start-to-start', () => {
    const bundle = [
      'id: b', 'name: 一件事', 'version: { label: 改革前 }', 'items:',
      '  - path: a.yaml', '  - path: c.yaml', '    after: [{ item: a, from: 开始, lag: 2 }]',
    ].join('\n');
    const result = loadText('bundle.yaml', bundle);
    expect(result.diagnostics.filter((d) => d.severity === 'error' && d.code.startsWith('schema'))).toEqual([]);
    expect(result.document?.kind).toBe('bundle');
    const items = (result.document as Extract<typeof result.document, { kind: 'bundle' }>)!.items;
    expect(items[1]!.dependencies).toEqual([{ item: 'a', from: 'start', lag: 2 }]);
  });
});

describe('what a Chinese input method types into YAML, reported where it is typed with how to mend it', () => {
  const base = readFileSync(join(ROOT, 'processes/food-business-licence/before.yaml'), 'utf8');
  /** The bundled file with the first `find` replaced, loaded; the line `find` was on. */
  const slip = (find: string, replace: string) => {
    const at = base.indexOf(find);
    expect(at).toBeGreaterThanOrEqual(0);
    const line = base.slice(0, at).split('\n').length;
    const { diagnostics } = loadText('slip.yaml', base.slice(0, at) + replace + base.slice(at + find.length));
    const [first] = diagnostics;
    return { line, diagnostics, zh: first && describeDiagnostic(first, 'zh'), en: first && describeDiagnostic(first, 'en') };
  };

  it('a full-width colon after a key, at the top or in a step', () => {
    for (const [find, replace, column] of [['\nname: ', '\nname：', 5], ['      kind: 申请', '      kind：申请', 11]] as const) {
      const { line, diagnostics, zh, en } = slip(find, replace);
      expect(places(diagnostics)).toEqual([`yaml-syntax ${find.startsWith('\n') ? line + 1 : line}:${column}`]);
      expect(zh?.message).toBe('YAML 格式错误：字段名后用了中文冒号“：”');
      expect(zh?.hint).toContain('name: 食品经营许可');
      expect(en?.message).toBe('YAML syntax error: a full-width colon ： after a key');
    }
  });

  it('no space after a key’s colon', () => {
    const { line, diagnostics, zh } = slip('  committed: ', '  committed:');
    expect(places(diagnostics)).toEqual([`yaml-syntax ${line}:12`]);
    expect(zh?.message).toBe('YAML 格式错误：冒号后少了空格');
  });

  it('full-width spaces in the indentation, of a field or of a list item', () => {
    for (const find of ['      kind: 申请', '  - { id: application']) {
      const { line, diagnostics, zh } = slip(find, `\u3000\u3000${find.trimStart()}`);
      expect(places(diagnostics)).toEqual([`yaml-syntax ${line}:1`]);
      expect(zh?.message).toBe('YAML 格式错误：缩进中有全角空格（　）或不换行空格');
    }
  });

  it('a key glued to its value in { }: the field it names, not a missing one', () => {
    const { line, diagnostics, zh, en } = slip('name: 食品经营许可申请书', 'name：食品经营许可申请书');
    expect(places(diagnostics)).toEqual([`schema-unknown-field ${line}:24`]);
    expect(zh?.hint).toBe('字段名后要用英文冒号加一个空格，写成 name: 食品经营许可申请书');
    expect(en?.hint).toBe('Write an ASCII colon and a space after the key: name: 食品经营许可申请书');
    expect(places(slip('name: 食品经营许可申请书', 'name:食品经营许可申请书').diagnostics)).toEqual([`schema-unknown-field ${line}:24`]);
  });

  it('items of a list parted by a Chinese comma', () => {
    for (const comma of ['，', '、', '；']) {
      const { line, diagnostics, zh } = slip('[application, business_licence', `[application${comma}business_licence`);
      expect(places(diagnostics)).toEqual([`schema-id ${line}:19`]);
      expect(zh?.hint).toContain('英文逗号');
    }
    // An id of its own with a comma in it is told the rule for ids.
    expect(slip('id: food-business-licence', 'id: 食品，经营').zh?.hint).not.toContain('英文逗号');
  });

  it('a colon in a long value’s next line is no slip either: the error after it keeps yaml’s own words', () => {
    const { diagnostics } = slip('\nname: 食品经营许可（新办）', '\nname: 食品经营许可（新办）\n  详见:附件\n- 多余的一行');
    expect(diagnostics.map((d) => d.code === 'yaml-syntax' && d.args.yamlCode)).not.toContain('COLON_NO_SPACE');
  });

  it('a colon inside a value, a URL or a time, is no slip', () => {
    expect(slip('\nname: 食品经营许可（新办）', '\nname: 食品经营许可（新办）：见 http://example.cn，上午9:30').diagnostics).toEqual([]);
  });
});
