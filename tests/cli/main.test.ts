/** The command line itself: help, and exit code 2 with a pointer to the help for every usage mistake. */
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { Exit } from '../../src/cli/io.js';
import { wujian as wujianIn } from '../support/cli.js';
import { fixture } from '../support/files.js';

/** Runs the CLI in the diagnostics fixture folder. */
const wujian = (...argv: string[]) => wujianIn(fixture('diagnostics'), ...argv);

describe('usage errors exit 2 and say what is wrong', () => {
  it('an unknown option', async () => {
    const { code, stderr } = await wujian('validate', 'unknown-target.yaml', '--frobnicate');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toBe('错误：不认识的选项 --frobnicate\n  提示：运行 wujian validate --help 查看用法。\n');
  });

  it('an unknown command', async () => {
    const { code, stderr } = await wujian('valdate', 'unknown-target.yaml', '--lang', 'en');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toBe('error: Unknown command "valdate". Did you mean "validate"?\n  hint: run wujian --help for usage.\n');
  });

  it('a mistyped option, command or choice, with what was probably meant', async () => {
    expect((await wujian('validate', 'unknown-target.yaml', '--fromat', 'json')).stderr).toBe(
      '错误：不认识的选项 --fromat，是否想写 "--format"？\n  提示：运行 wujian validate --help 查看用法。\n',
    );
    expect((await wujian('simulat', '--lang', 'en')).stderr).toContain('Unknown command "simulat". Did you mean "simulate"?');
    expect((await wujian('help', 'compar')).stderr).toContain('不认识的命令 "compar"，是否想写 "compare"？');
    const choice = await wujian('validate', 'unknown-target.yaml', '--format', 'jsno');
    expect(choice.code).toBe(Exit.USAGE);
    expect(choice.stderr).toContain('--format 只能是 text, json，是否想写 "json"？');
  });

  it('a negative number given to a number option is refused as a value, not read as an option', async () => {
    const { code, stderr } = await wujian('analyze', 'unknown-target.yaml', '--limit', '-3', '--lang', 'en');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('--limit must be a positive whole number (found "-3")');
  });

  it('validate without files', async () => {
    const { code, stderr } = await wujian('validate');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('请给出要校验的文件或文件夹');
  });

  it('init without a file name', async () => {
    const { code, stderr } = await wujian('init', '--lang', 'en');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('Give one file name to write');
  });

  it('no command at all, after printing the help', async () => {
    const { code, stdout } = await wujian();
    expect(code).toBe(Exit.USAGE);
    expect(stdout).toContain('用法：');
  });

  it('--format xml', async () => {
    const { code, stderr } = await wujian('validate', 'unknown-target.yaml', '--format', 'xml');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('--format 只能是 text, json');
  });

  it('--lang fr, in both languages since the language is unknown', async () => {
    const { code, stderr, stdout } = await wujian('validate', 'unknown-target.yaml', '--lang', 'fr');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('--lang 只能是 zh 或 en');
    expect(stderr).toContain('--lang must be zh or en');
    expect(stdout).toBe('');
  });

  it('--format without a value', async () => {
    const { code, stderr } = await wujian('validate', 'unknown-target.yaml', '--format');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('选项 --format 后面需要一个值');
  });
});

describe('help', () => {
  it('wujian --help prints the usage, the commands and examples in Chinese, and exits 0', async () => {
    const { code, stdout } = await wujian('--help');
    expect(code).toBe(Exit.OK);
    expect(stdout).toMatch(/^用法：\n {2}wujian <命令>/m);
    expect(stdout).toMatch(/^示例：\n {2}wujian validate processes$/m);
  });

  it('wujian --version prints the version of package.json', async () => {
    const { code, stdout } = await wujian('--version');
    expect(code).toBe(Exit.OK);
    expect(stdout).toBe(`wujian ${packageJson.version}\n`);
  });

  it('wujian --help --lang en prints it in English', async () => {
    const { code, stdout } = await wujian('--help', '--lang', 'en');
    expect(code).toBe(Exit.OK);
    expect(stdout).toMatch(/^Usage:\n {2}wujian <command>/m);
    expect(stdout).toMatch(/^Examples:$/m);
  });

  it('wujian validate --help describes validate, its options, exit codes and examples', async () => {
    const { code, stdout } = await wujian('validate', '--help');
    expect(code).toBe(Exit.OK);
    expect(stdout).toMatch(/^用法：wujian validate /);
    expect(stdout).toContain('--format text|json');
    expect(stdout).toContain('退出码：0 全部有效（可有警告）；1 有错误；2 命令行用法错误');
    expect(stdout).toMatch(/^示例：\n {2}wujian validate processes$/m);
  });

  it('wujian help init --lang en is the same as wujian init --help --lang en', async () => {
    const viaHelp = await wujian('help', 'init', '--lang', 'en');
    const viaOption = await wujian('init', '--help', '--lang', 'en');
    expect(viaHelp.stdout).toMatch(/^Usage: wujian init <file>/);
    expect(viaHelp.stdout).toContain('Examples:');
    expect(viaOption).toEqual(viaHelp);
  });
});
