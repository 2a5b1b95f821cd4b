/**
 * The editor speaks Chinese: what yaml-language-server (the engine of VS Code's YAML extension) makes
 * of the schemas and of the files `wujian init` writes. It follows each file's
 * `# yaml-language-server: $schema=…` line to the schemas on disk, as an editor does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };
import { loadText } from '../../src/model/load.js';
import { describe as describeDiagnostic } from '../../src/model/messages.js';
import { wujian } from '../support/cli.js';
import { createTempDir } from '../support/files.js';

const service = getLanguageService({
  schemaRequestService: async (uri: string) => readFileSync(fileURLToPath(uri), 'utf8'),
  workspaceContext: { resolveRelativePath: (path: string, resource: string) => new URL(path, resource).href },
});
service.configure({ validate: true, completion: true, hover: true });

const dir = createTempDir();

let version = 0;
/** A text as an open editor document at `file`; each a new version, as the server caches parses by version. */
const open = (file: string, text: string) => TextDocument.create(pathToFileURL(file).href, 'yaml', ++version, text);

/** The problems the editor underlines in `text`. */
async function problems(file: string, text: string): Promise<string[]> {
  return (await service.doValidation(open(file, text), false)).map((d) => `${d.range.start.line + 1}: ${d.message}`);
}

/** The labels the editor offers at the end of the line after `after` once a line holding `indent` is inserted there. */
async function completionsAfter(file: string, text: string, after: string, indent: string): Promise<string[]> {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trimEnd().endsWith(after) || l.includes(`${after} `) || l.includes(`${after}#`));
  expect(at, after).toBeGreaterThanOrEqual(0);
  lines.splice(at + 1, 0, indent);
  const list = await service.doComplete(open(file, lines.join('\n')), { line: at + 1, character: indent.length }, false);
  return list.items.map((i) => i.label);
}

/** Writes a template with `wujian init` and returns its path and text. */
async function init(file: string, ...options: string[]) {
  expect((await wujian(dir, 'init', file, ...options)).code).toBe(0);
  const path = join(dir, file);
  return { path, text: readFileSync(path, 'utf8') };
}

describe('the files wujian init writes, in the editor', () => {
  it('raise no problem, procedure or 一件事 with its items', async () => {
    const procedure = await init('p/before.yaml');
    expect(await problems(procedure.path, procedure.text)).toEqual([]);
    const bundle = await init('b/before.yaml', '--template', '一件事');
    expect(await problems(bundle.path, bundle.text)).toEqual([]);
    expect(await problems(join(dir, 'b', '事项一.yaml'), readFileSync(join(dir, 'b', '事项一.yaml'), 'utf8'))).toEqual([]);
  });

  it('raise no problem in a holiday calendar either (init --calendar)', async () => {
    const calendar = await init('cal/节假日.yaml', '--calendar', '--year', '2030');
    expect(calendar.text).toContain('calendar.schema.json');
    expect(await problems(calendar.path, calendar.text)).toEqual([]);
    expect(await problems(calendar.path, calendar.text.replace('workdays:', 'workday:'))).toHaveLength(1); // the schema is followed
  });

  it('complete fields inside every kind of mapping they hold', async () => {
    const { path, text } = await init('c/before.yaml');
    expect(await completionsAfter(path, text, 'online: Ⅲ级', '')).toContain('fees');
    expect(await completionsAfter(path, text, 'label: 改革前', '  ')).toContain('note');
    expect(await completionsAfter(path, text, 'committed: 10', '  ')).toEqual([]); // both limits are written
    expect(await completionsAfter(path, text, 'source: 申请人自备', '    ')).toEqual(expect.arrayContaining(['form', 'copies', 'necessity']));
    expect(await completionsAfter(path, text, 'trips: 1', '      ')).toEqual(expect.arrayContaining(['kind', 'duration', 'department']));
    expect(await completionsAfter(path, text, 'max: 8', '        ')).toContain('distribution');
    expect(await completionsAfter(path, text, 'max: 1', '          ')).toEqual([]); // label is written
    expect(await completionsAfter(path, text, 'p: 0.95', '          ')).toEqual(expect.arrayContaining(['max', 'label']));
    expect(await completionsAfter(path, text, 'outcome: 准予', '      ')).toContain('note');
  });

  it('offer the Chinese words of a field beside the English ones', async () => {
    const { path, text } = await init('d/before.yaml');
    const typing = text.replace(/actor: 申请人 .*$/m, 'actor: 申'); // as the author types, the comment gone
    const list = await service.doComplete(open(path, typing), positionAfter(typing, 'actor: 申'), false);
    expect(list.items.map((i) => i.label)).toEqual(expect.arrayContaining(['申请人', '窗口', '审批部门', 'applicant', 'department']));
  });

  it('complete nothing inside a { } map: the reason init writes block style', async () => {
    const text = ['id: a', 'name: 示例', 'version: { label: 改革前,  }', 'materials: []', 'process:', '  initial: a', '  states:', '    a: { type: final }'].join('\n');
    const list = await service.doComplete(open(join(dir, 'flow.yaml'), `# yaml-language-server: $schema=${schemaUrl()}\n${text}`), { line: 3, character: 24 }, false);
    expect(list.items).toEqual([]);
  });
});

describe('pattern errors in the editor', () => {
  it('show the Chinese rule that wujian validate gives as its hint', async () => {
    const text = [
      `# yaml-language-server: $schema=${schemaUrl()}`, 'id: 事项', 'name: 示例', 'version:', '  label: 改革前', '  date: 2024-13-01',
      'materials:', '  - id: 材料（一）', '    name: 申请书', 'process:', '  initial: 申请', '  states:', '    申请:', '      name: 申请', '      on:',
      '        提交: 办结', '    办结:', '      type: 终止', '      outcome: 准予',
    ].join('\n');
    const underlined = await problems(join(dir, 'pattern.yaml'), text);
    const defs = procedureSchema.$defs;
    expect(underlined).toEqual([`6: ${defs.date.patternErrorMessage}`, `8: ${defs.identifier.patternErrorMessage}`]);
    const validated = loadText('pattern.yaml', text).diagnostics;
    expect(validated.map((d) => `${d.line}: ${describeDiagnostic(d, 'zh').hint}`)).toEqual([
      `6: ${defs.date.patternErrorMessage.split('\n')[0]}`,
      `8: ${defs.identifier.patternErrorMessage.split('\n')[0]}`,
    ]);
  });
});

function schemaUrl(): string {
  return new URL('../../schemas/procedure.schema.json', import.meta.url).href;
}

function positionAfter(text: string, marker: string) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(marker));
  return { line, character: lines[line]!.indexOf(marker) + marker.length };
}
