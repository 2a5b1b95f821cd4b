/**
 * What a user typed is text on every surface it reaches outside the browser: a CSV cell never starts a
 * formula or a new row, a Markdown cell never becomes a link, an image or a second row, the terminal
 * never receives an escape sequence from a name, no name turns the figures after it around, and a
 * Word, PowerPoint or Excel file holds no character XML forbids.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/report/csv.js';
import { cell } from '../../src/report/markdown.js';
import { toJsonText, toTerminalText } from '../../src/report/terminal-text.js';
import { toXmlText } from '../../src/report/xml-text.js';
import { wujian } from '../support/cli.js';
import { createTempDir, ROOT } from '../support/files.js';

/** Names an attacker might give a material or a step. */
const HOSTILE = [
  "\r=cmd|' /C calc'!A0",
  '\t=1+1',
  '-2+3',
  '+SUM(A1)',
  '@SUM(A1)',
  '=HYPERLINK("http://x","y")',
  'line\nbreak',
  'a,"b"',
];

const DIR = createTempDir();
/** A procedure whose names carry links, images, line breaks and terminal escape sequences. */
writeFileSync(join(DIR, 'before.yaml'), `id: hostile
name: "恶意[点此](http://evil.example)\\r| 伪造 | 行 |\\n![img](http://evil.example/x.png)\\e]0;pwned\\a\\e[31m红\\u202e末"
version: { label: 改革前 }
materials: [{ id: form, name: "\\e]8;;http://evil.example\\e\\\\链接\\e]8;;\\e\\\\\\u009b2J" }]
process:
  initial: apply
  states:
    apply: { name: "申请\\u0007\\u0008", materials: [form], on: { SUBMIT: done } }
    done: { type: final, outcome: approved }
`);

describe('CSV', () => {
  it('keeps every hostile name one cell of one row, and neutralises each formula start (= + - @ tab CR)', () => {
    const csv = toCsv([['名称'], ...HOSTILE.map((name) => [name])]);
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: '\n', delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(HOSTILE.length + 1);
    parsed.data.slice(1).forEach(([text], i) => {
      const name = HOSTILE[i]!;
      expect(text).toBe(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
    });
  });

  it('quotes a bare CR so it cannot end the row', () => {
    expect(toCsv([['a\rb', 'c']])).toBe('"a\rb",c\n');
  });
});

describe('Markdown', () => {
  it('escapes link and image syntax, so nothing becomes a link or an image', () => {
    expect(cell('[点此](http://evil.example)')).toBe('\\[点此\\](http://evil.example)');
    expect(cell('![x](http://evil.example/x.png)')).toBe('!\\[x\\](http://evil.example/x.png)');
  });

  it('turns every line break (CR, LF, CRLF, U+2028) into a space, so a cell stays in its row', () => {
    expect(cell('a\rb\nc\r\nd\u2028e')).toBe('a b c d e');
  });

  it('keeps a compare report of hostile names to one line per table row, with no control character', async () => {
    const { stdout } = await wujian(DIR, 'compare', 'before.yaml', 'before.yaml', '--format', 'md');
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/m);
    expect(stdout).toContain('恶意\\[点此\\](http://evil.example) \\| 伪造 \\| 行 \\| !\\[img\\]');
  });
});

describe('the terminal', () => {
  it('receives no escape sequence and no control character but newline and tab', () => {
    expect(toTerminalText('标题\u001b]0;pwned\u0007\u001b[31m红\u001b[0m\u009b2J\r\n\t')).toBe('标题红\n\t');
  });

  it('receives no bidi control, which would show the figures after a name backwards', () => {
    expect(toTerminalText('材料由7份压减至3份：营业执照\u202e（7 → 3）\u2067甲\u2069乙\u202a丙\u202c')).toBe('材料由7份压减至3份：营业执照（7 → 3）甲乙丙');
  });

  it('receives JSON whose every character survives it: C1 and bidi controls as \\u escapes', () => {
    const name = '名\u0085称\u009b\u2028\u202e末';
    const text = toJsonText({ name });
    expect(toTerminalText(text)).toBe(text);
    expect(JSON.parse(text).name).toBe(name);
  });

  it('is sent none by the wujian executable, on standard output or standard error', () => {
    // A raw ESC and BEL in the file itself reach the terminal through a diagnostic's code frame.
    writeFileSync(join(DIR, 'raw.yaml'), 'id: raw\nname: "\u001b]0;pwned\u0007名称"\nversion: { label: 改革前, dat: 1 }\n');
    for (const argv of [['analyze', 'before.yaml'], ['validate', 'raw.yaml', 'missing.yaml']]) {
      const { stdout, stderr } = spawnSync(process.execPath, [join(ROOT, 'bin', 'wujian.js'), ...argv], { cwd: DIR, encoding: 'utf8' });
      expect(stdout + stderr, argv.join(' ')).toMatch(argv[0] === 'analyze' ? /恶意/ : /名称/);
      expect(stdout + stderr, argv.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  }, 60_000); // two real processes, each loading the TypeScript sources through tsx
});

/** What XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF), and the bidi controls. */
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\u202a-\u202e\u2066-\u2069]/;

describe('Word, PowerPoint and Excel', () => {
  it('get no character XML forbids and no bidi control from a name, so they open as written', async () => {
    for (const format of ['docx', 'pptx', 'xlsx']) {
      const run = await wujian(DIR, 'compare', 'before.yaml', 'before.yaml', '-o', `hostile.${format}`);
      expect(run.code, run.stderr).toBe(0);
      const zip = await JSZip.loadAsync(readFileSync(join(DIR, `hostile.${format}`)));
      const parts = await Promise.all(zip.file(/\.(xml|rels)$/).map(async (part) => [part.name, await part.async('string')] as const));
      for (const [name, xml] of parts) expect(xml, `${format} ${name}`).not.toMatch(NOT_IN_XML);
      const named = parts.filter(([, xml]) => xml.includes('[31m红末'));
      expect(named.length, format).toBeGreaterThan(0);
    }
  }, 120_000);

  it('toXmlText keeps every character XML allows and drops the rest', () => {
    expect(toXmlText('消防\u0001检查\u001b[31m红\u202e末\t\n\r\u{1f600}\ud800\ufffe')).toBe('消防检查[31m红末\t\n\r\u{1f600}');
  });
});
