/** Reading a command line against a command's declaration: typed values, defaults, and where other defaults come in. */
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/parse.js';
import { simulate } from '../../src/cli/table/simulate.js';
import { compare } from '../../src/cli/table/compare.js';
import { DEFAULT_MONEY, MAX_SEED } from '../../src/analysis/defaults.js';

describe('parseCommandLine', () => {
  it('gives typed values with the declared defaults', () => {
    const parsed = parseCommandLine(simulate, ['a.yaml', '--runs', '2000'], 'zh');
    expect(parsed).toMatchObject({ ok: true, help: false, positionals: ['a.yaml'], values: { runs: 2000, seed: 42, format: 'table', engine: 'fast' } });
  });

  it('takes defaults from elsewhere (a settings file) over the declared ones; the command line still wins', () => {
    expect(parseCommandLine(simulate, ['a.yaml'], 'zh', { seed: 7 })).toMatchObject({ values: { seed: 7 } });
    expect(parseCommandLine(simulate, ['a.yaml', '--seed', '9'], 'zh', { seed: 7 })).toMatchObject({ values: { seed: 9 } });
  });

  it('counts positional arguments as the options say: compare takes two files, or folders with --all', () => {
    expect(parseCommandLine(compare, ['a.yaml'], 'en')).toEqual({ ok: false, message: 'Give two files: before and after' });
    expect(parseCommandLine(compare, ['--all', 'a', 'b', 'c'], 'en')).toMatchObject({ ok: true, values: { all: true, map: [], 'trip-cost': DEFAULT_MONEY.tripCost } });
  });

  it('refuses a whole number out of its range, in words that name the range', () => {
    expect(parseCommandLine(simulate, ['a.yaml', '--seed', String(MAX_SEED + 1)], 'zh')).toEqual({ ok: false, message: `--seed 应为 0 到 ${MAX_SEED} 之间的整数（实际为 "${MAX_SEED + 1}"）` });
  });

  it('takes the output format from -o’s extension when --format is not given', () => {
    const format = (...argv: string[]) => {
      const parsed = parseCommandLine(compare, ['a.yaml', 'b.yaml', ...argv], 'en');
      return parsed.ok ? parsed.values.format : parsed.message;
    };
    expect(format('-o', '对比.DOCX')).toBe('docx');
    expect(format('-o', 'out/全县.xlsx')).toBe('xlsx');
    expect(format('-o', 'slides.pptx')).toBe('pptx');
    expect(format('-o', 'a.md')).toBe('md');
    expect(format('-o', 'a.txt')).toBe('table');
    expect(format('-o', 'no-extension')).toBe('table');
    expect(format('-o', 'a.md', '--format', 'json')).toBe('json');
    expect(format('-o', 'a.doc')).toBe('cannot tell which format -o a.doc asks for: the extension .doc is not one of .txt .json .md .docx .pptx .xlsx; use one of them, or give --format');
    expect(format('--format', 'md', '-o', 'a.docx')).toMatch(/^-o a\.docx names a docx file but --format is md/);
    expect(format('--format', 'xlsx', '-o', 'a.json')).toMatch(/^-o a\.json names a json file but --format is xlsx/);
    expect(format('--format', 'pptx')).toBe('--format pptx writes a file, which is not printed; name it with -o, e.g. -o comparison.pptx');
    expect(format('--format', 'pptx', '-o', '-')).toMatch(/^--format pptx writes a file/);
  });
});
