/**
 * Dates end to end: past the bundled holiday data the commands count on assumed days and say so on
 * every surface; a calendar file (named with --calendar or in wujian.yaml) moves the dates; bundles
 * and comparisons get dates too; bad calendar files are located errors.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import analysisSchema from '../../schemas/analysis.schema.json' with { type: 'json' };
import comparisonSchema from '../../schemas/comparison.schema.json' with { type: 'json' };
import simulationSchema from '../../schemas/simulation.schema.json' with { type: 'json' };
import { checkInThreads } from '../../src/catalogue/pool.js';
import { buildCases, loadPairs } from '../../src/cli/commands/cases.js';
import { createMemoryIO, Exit } from '../../src/cli/io.js';
import { NEXT_CALENDAR_YEAR } from '../../src/cli/templates/calendar.js';
import { OFFICIAL_RANGE } from '../../src/model/calendar/official.js';
import { getStatutoryDays } from '../../src/model/calendar/statutory.js';
import { wujian } from '../support/cli.js';
import { createTempDir, ROOT, writeIn } from '../support/files.js';
import { compileOutputSchema } from '../support/schemas.js';

const FOOD = join(ROOT, 'processes/food-business-licence/before.yaml');
const NEWBORN = join(ROOT, 'processes/newborn-birth');
const START = '2026-12-10';
const dir = createTempDir();

/** Writes `content` to a file under the temp folder (making its folders) and returns its path. */
const write = (name: string, content: string | Uint8Array) => writeIn(dir, name, content);

/** A 2027 calendar with the statutory days off, plus `extra` days off (a county's, say). */
function calendar2027(extra: string[] = []): string {
  const days = [...getStatutoryDays(2027).map((d) => d.date), ...extra];
  return ['years:', '  2027:', '    source: 测试', '    holidays:', ...days.map((d) => `      - ${d}`), ''].join('\n');
}

/** The slowest path's finish date in `analyze`'s table. */
function slowestFinish(stdout: string): string | undefined {
  return /用时·最慢 .*办结于 (\d{4}-\d\d-\d\d)/.exec(stdout)?.[1];
}

describe('dates past the bundled holiday data', () => {
  it('are computed, never refused: analyze prints 2027 dates with the warning naming the first assumed date', async () => {
    expect(OFFICIAL_RANGE.last).toBe(2026); // chinese-days 1.5.7; the dates below assume 2027 is unknown
    const { code, stdout, stderr } = await wujian(ROOT, 'analyze', 'processes/food-business-licence/before.yaml', '--start-date', START);
    expect(code).toBe(Exit.OK);
    expect(stderr).toBe('');
    expect(slowestFinish(stdout)).toBe('2027-01-25');
    expect(stdout).toContain('2026 年按国务院放假安排（chinese-days 1.5.7）；2027 年为推算');
    expect(stdout).toContain('⚠ 2027-01-01 起的日期是推算的：2027 年还没有放假调休安排');
    expect(stdout).toContain('提示：国务院办公厅公布 2027 年的安排后，运行 wujian init --calendar 节假日2027.yaml');
  });

  it('are accepted as a start date too, and say so in English with --lang en', async () => {
    const { code, stdout } = await wujian(ROOT, 'analyze', 'processes/food-business-licence/before.yaml', '--start-date', '2027-01-04', '--lang', 'en');
    expect(code).toBe(Exit.OK);
    expect(stdout).toContain('⚠ Dates from 2027-01-05 on are assumed: 2027 has no holiday arrangement yet');
  });

  it('carry the facts and the warning in JSON that conforms to the schema, and in Markdown as a quote', async () => {
    const json = await wujian(ROOT, 'analyze', 'processes/food-business-licence/before.yaml', '--start-date', START, '--format', 'json');
    const data = JSON.parse(json.stdout);
    const validate = compileOutputSchema(analysisSchema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.dates).toMatchObject({
      startDate: START,
      years: [{ from: 2026, to: 2026, source: 'official', files: [] }, { from: 2027, to: 2027, source: 'assumed', files: [] }],
      assumed: { firstDate: '2027-01-01', years: [2027], rule: 'weekends-and-statutory-holidays' },
    });
    expect(data.dates.text.en.warning).toContain('Dates from 2027-01-01 on are assumed');
    expect(data.procedures[0].time.slowest.finish).toEqual({ date: '2027-01-25', calendarDays: 46, assumed: '2027-01-01' });
    const md = await wujian(ROOT, 'analyze', 'processes/food-business-licence/before.yaml', '--start-date', START, '--format', 'md');
    expect(md.stdout).toContain('> **⚠ 2027-01-01 起的日期是推算的');
  });

  it('past the lunar tables (2100 on) say that 春节, 清明, 端午 and 中秋 are not counted there, and count those days as working days', async () => {
    const json = await wujian(ROOT, 'analyze', 'processes/food-business-licence/before.yaml', '--start-date', '2099-12-31', '--format', 'json');
    const data = JSON.parse(json.stdout);
    const validate = compileOutputSchema(analysisSchema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.dates.assumed).toEqual({ firstDate: '2100-01-01', years: [2100], rule: 'weekends-and-statutory-holidays', withoutLunar: [2100] });
    expect(data.dates.text.zh.warning).toContain('其中 2100 年超出农历表的范围（1901–2099 年），春节、清明节、端午节、中秋节未计入，按工作日计算。');
    expect(getStatutoryDays(2100).map((d) => d.holiday)).not.toContain('spring-festival');
    // Within the tables the warning says nothing of the kind.
    const within = JSON.parse((await wujian(ROOT, 'analyze', 'processes/food-business-licence/before.yaml', '--start-date', START, '--format', 'json')).stdout);
    expect(within.dates.assumed.withoutLunar).toBeUndefined();
    expect(within.dates.text.zh.warning).not.toContain('农历表');
  });

  it('give a bundle (一件事) dates: each item on the critical path and the finish of each schedule', async () => {
    const { code, stdout } = await wujian(ROOT, 'analyze', 'processes/newborn-birth/before.yaml', '--start-date', START);
    expect(code).toBe(Exit.OK);
    expect(stdout).toMatch(/办结日期\s+模型标准 2027-01-26 · 最慢 2027-01-26 · 承诺时限 2027-01-26（自 2026-12-10 申请）/);
    expect(stdout).toMatch(/出生医学证明办理\s+第0–3 个工作日，2026-12-10 至 2026-12-15（关键）/);
    expect(stdout).toMatch(/社会保障卡申领\s+第14–32 个工作日，2026-12-30 至 2027-01-26（关键）/);
    expect(stdout).toContain('⚠ 2027-01-01 起的日期是推算的');
  });

  it('count simulated cases that touched assumed days', async () => {
    const { code, stdout } = await wujian(ROOT, 'simulate', 'processes/food-business-licence/before.yaml', '--runs', '2000', '--start-date', START, '--format', 'json');
    expect(code).toBe(Exit.OK);
    const data = JSON.parse(stdout);
    const validate = compileOutputSchema(simulationSchema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.dates.assumed.firstDate).toBe('2027-01-01');
    expect(data.dates.assumedCases).toBeGreaterThan(0);
    expect(data.dates.assumedCases).toBeLessThan(2000);
    const table = await wujian(ROOT, 'simulate', 'processes/food-business-licence/before.yaml', '--runs', '2000', '--start-date', START);
    expect(table.stdout).toContain(`用到推算日期               ${data.dates.assumedCases.toLocaleString('en-US')} 件`);
    const before = await wujian(ROOT, 'simulate', 'processes/food-business-licence/before.yaml', '--runs', '2000', '--start-date', '2024-09-27', '--format', 'json');
    expect(JSON.parse(before.stdout).dates).toMatchObject({ assumedCases: 0 });
    expect(JSON.parse(before.stdout).dates.assumed).toBeUndefined();
  });

  it('give both sides of a comparison their finish dates, in JSON that conforms to the schema', async () => {
    const { code, stdout } = await wujian(ROOT, 'compare', 'processes/newborn-birth/before.yaml', 'processes/newborn-birth/after.yaml', '--start-date', START, '--format', 'json');
    expect(code).toBe(Exit.OK);
    const data = JSON.parse(stdout);
    const validate = compileOutputSchema(comparisonSchema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.before.dates.finish.standard).toEqual({ date: '2027-01-26', calendarDays: 47, assumed: '2027-01-01' });
    expect(data.after.dates.finish.standard).toEqual({ date: '2026-12-17', calendarDays: 7 });
    expect(data.dates.assumed.firstDate).toBe('2027-01-01');
    const table = await wujian(ROOT, 'compare', 'processes/newborn-birth/before.yaml', 'processes/newborn-birth/after.yaml', '--start-date', START);
    expect(table.stdout).toContain('办结日期（模型标准用时，自 2026-12-10 申请）：改革前 2027-01-26（承诺时限 2027-01-26）；改革后 2026-12-17（承诺时限 2026-12-17）');
  });

  it('reach the cases report and view show, with the lines to print beside them', async () => {
    const io = createMemoryIO(ROOT);
    const { pairs } = loadPairs([NEWBORN], 'zh', io);
    const built = await buildCases(pairs, 'zh', io, { startDate: START });
    const { comparison, simulations } = built!.document.cases[0]!;
    expect(comparison.dates?.assumed?.firstDate).toBe('2027-01-01');
    expect(comparison.before.dates).toBeDefined();
    expect(simulations?.before.dates?.assumedCases).toBeGreaterThan(0);
    expect(built!.dateLines[1]).toContain('⚠ 2027-01-01 起的日期是推算的');
  });
});

describe('a calendar file', () => {
  it('moves the dates when it moves a January 2027 day, and the warning gives way to the file named per year', async () => {
    const file = write('cal/2027.yaml', calendar2027(['2027-01-04']));
    const { code, stdout, stderr } = await wujian(ROOT, 'analyze', FOOD, '--start-date', START, '--calendar', file);
    expect(code).toBe(Exit.OK);
    expect(stderr).toBe('');
    expect(slowestFinish(stdout)).toBe('2027-01-26'); // a day later than on the assumed days
    expect(stdout).not.toContain('推算');
    expect(stdout).toMatch(/2027 年按 \S*cal\/2027\.yaml/);
  });

  it('of the assumed days gives the assumed dates, without the warning', async () => {
    const file = write('same/2027.yaml', calendar2027());
    const { stdout } = await wujian(ROOT, 'analyze', FOOD, '--start-date', START, '--calendar', file);
    expect(slowestFinish(stdout)).toBe('2027-01-25');
    expect(stdout).not.toContain('推算');
  });

  it('is found through wujian.yaml above the working folder, and --calendar replaces it', async () => {
    write('office/节假日/2027.yaml', calendar2027(['2027-01-04', '2027-01-05']));
    write('office/wujian.yaml', 'calendar: 节假日/2027.yaml\n');
    mkdirSync(join(dir, 'office', 'processes'), { recursive: true });
    const found = await wujian(join(dir, 'office', 'processes'), 'analyze', FOOD, '--start-date', START);
    expect(slowestFinish(found.stdout)).toBe('2027-01-27');
    expect(found.stdout).toContain('2027 年按 ../节假日/2027.yaml');
    const assumedDays = write('replacing/2027.yaml', calendar2027());
    const replaced = await wujian(join(dir, 'office', 'processes'), 'analyze', FOOD, '--start-date', START, '--calendar', assumedDays);
    expect(slowestFinish(replaced.stdout)).toBe('2027-01-25');
  });

  it('with an error stops the command with the error located, and prints nothing else', async () => {
    const file = write('bad/2027.yaml', 'years:\n  2027:\n    holidays: [2027-01-01]\n    workdays: [2027-01-01]\n');
    const { code, stdout, stderr } = await wujian(ROOT, 'analyze', FOOD, '--start-date', START, '--calendar', file, '--lang', 'en');
    expect(code).toBe(Exit.INVALID);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\/2027\.yaml:4:16: error \[calendar-both\] 2027-01-01 is listed both as a day off and as a make-up working day \(already on line 3\)/);
  });

  it('is an input, which -o never replaces', async () => {
    const file = write('kept/2027.yaml', calendar2027());
    // With its format named: a .yaml name alone is already an output extension -o does not write.
    const { code, stderr } = await wujian(ROOT, 'analyze', FOOD, '--start-date', START, '--calendar', file, '--format', 'md', '-o', file);
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('是本命令读入的文件，写入会覆盖它');
    expect(readFileSync(file, 'utf8')).toBe(calendar2027());
  });

  it('that is not UTF-8 is refused with the place of its first undecodable character', async () => {
    const gbk = Buffer.concat([Buffer.from('years:\n  2027:\n    holidays: [{ date: 2027-01-01, name: '), Buffer.from([0xd4, 0xaa, 0xb5, 0xa9]), Buffer.from(' }]\n')]);
    const file = write('gbk/2027.yaml', gbk);
    const { code, stderr } = await wujian(ROOT, 'simulate', FOOD, '--runs', '10', '--start-date', START, '--calendar', file);
    expect(code).toBe(Exit.INVALID);
    expect(stderr).toMatch(/gbk\/2027\.yaml:3:43: 错误 \[file-encoding\] 文件不是 UTF-8 编码/);
  });

  it('named in wujian.yaml but missing is an error located in wujian.yaml', async () => {
    write('nowhere/wujian.yaml', 'calendar: 节假日2027.yaml\n');
    const { code, stderr } = await wujian(join(dir, 'nowhere'), 'compare', FOOD, FOOD, '--start-date', START);
    expect(code).toBe(Exit.INVALID);
    expect(stderr).toContain('wujian.yaml:1:11: 错误 [settings-calendar-not-found] 找不到节假日安排文件 节假日2027.yaml');
  });

  it('in a wujian.yaml that is itself wrong stops the commands that read it, located, but not their --help nor validate', async () => {
    write('broken/wujian.yaml', 'calender: 节假日2027.yaml\n');
    const folder = join(dir, 'broken');
    const analyzed = await wujian(folder, 'analyze', FOOD, '--lang', 'en');
    expect(analyzed.code).toBe(Exit.INVALID);
    expect(analyzed.stdout).toBe('');
    expect(analyzed.stderr).toContain('wujian.yaml:1:1: error [schema-unknown-field] Unknown field "calender" in the top level');
    expect((await wujian(folder, 'analyze', '--help')).code).toBe(Exit.OK);
    expect((await wujian(folder, 'validate', FOOD)).code).toBe(Exit.OK);
  });

  it('that turns an official day the other way is a warning on standard error; the command goes on', async () => {
    const file = write('county/2026.yaml', 'years:\n  2026:\n    holidays: [{ date: 2026-12-14, name: 县庆 }, 2026-10-10]\n');
    const { code, stdout, stderr } = await wujian(ROOT, 'analyze', FOOD, '--start-date', START, '--calendar', file);
    expect(code).toBe(Exit.OK);
    expect(stderr).toContain('警告 [calendar-overrides-official] 2026-10-10 在国务院安排（chinese-days 1.5.7）中是调休上班日（国庆节），本文件写为放假：以本文件为准');
    expect(stdout).toMatch(/2026 年按国务院放假安排（chinese-days 1\.5\.7），部分日子按 \S*county\/2026\.yaml/);
    expect(stdout).toMatch(/用时·标准 .*办结于 2026-12-30/); // 县庆 2026-12-14 moves it a day
  });
});

describe('a date written another way, or a day its month has not', () => {
  const food = readFileSync(FOOD, 'utf8');
  /** The food licence with its version date written `date` and a limit in calendar days counted from it. */
  const withDate = (name: string, date: string) =>
    write(name, food.replace('  date: 2015-10-01', `  date: ${date}`).replace(/\nlimits:\n/, '\nlimits:\n  statutory: { value: 20, unit: 自然日 }\n').replace(/\n  statutory: 20\n/, '\n'));

  it('is refused at the version date with the day named, where analysing it stopped with an internal error', async () => {
    const file = withDate('no-such-day/before.yaml', '2023-02-30');
    for (const command of ['validate', 'analyze']) {
      const { code, stdout, stderr } = await wujian(ROOT, command, file);
      expect(code).toBe(Exit.INVALID);
      expect(stdout + stderr).toMatch(/before\.yaml:25:9: 错误 \[schema-date\] .*"2023-02-30"/);
      expect(stdout + stderr).toContain('提示：2023 年 2 月没有 30 日。');
      expect(stdout + stderr).not.toContain('内部错误');
    }
    const bundle = readFileSync(join(NEWBORN, 'before.yaml'), 'utf8').replace('  date: 2023-01-01', '  date: 2023-04-31');
    const { code, stdout } = await wujian(NEWBORN, 'validate', write('no-such-day/bundle.yaml', bundle.replaceAll('path: item-', `path: ${NEWBORN}/item-`)), '--lang', 'en');
    expect(code).toBe(Exit.INVALID);
    expect(stdout).toContain('hint: April 2023 has no day 31.');
  });

  it('is given back as YYYY-MM-DD in the hint: version dates, calendar days and --start-date', async () => {
    const { stdout } = await wujian(ROOT, 'validate', withDate('written/before.yaml', '2023-2-3'));
    expect(stdout).toContain('提示：日期写成 YYYY-MM-DD：2023-02-03。');
    const calendar = write('written/2027.yaml', 'years:\n  2027:\n    holidays: [2027/01/01, 2027年10月1日]\n    workdays: []\n');
    const checked = await wujian(ROOT, 'validate', calendar);
    expect(checked.stdout).toContain('提示：日期写成 YYYY-MM-DD：2027-01-01。');
    expect(checked.stdout).toContain('提示：日期写成 YYYY-MM-DD：2027-10-01。');
    expect((await wujian(ROOT, 'analyze', FOOD, '--start-date', '2027-2-3')).stderr).toContain('请写 2027-02-03（实际为 "2027-2-3"）');
    expect((await wujian(ROOT, 'analyze', FOOD, '--start-date', '2027-02-29')).stderr).toContain('2027 年 2 月没有 29 日');
    expect((await wujian(ROOT, 'analyze', FOOD, '--start-date', '2028-02-29')).code).toBe(Exit.OK);
  });
});

describe('durations that end after 9999-12-31', () => {
  // 800 steps of ten years each: 2,920,000 working days, more than there are days left after 2099.
  const steps = Array.from({ length: 800 }, (_, i) => `    s${i}: { name: 环节${i}, duration: { value: 3650 }, on: { GO: ${i < 799 ? `s${i + 1}` : 'done'} } }`);
  const text = ['id: long', 'name: 长流程', 'version: { label: 改革前 }', 'materials: []', 'process:', '  initial: s0', '  states:', ...steps, '    done: { type: final, outcome: approved }', ''];
  const file = write('beyond/long.yaml', text.join('\n'));

  it('are refused with the start date and the working days, by analyze and simulate, in one thread or in workers', async () => {
    for (const args of [['analyze', file], ['simulate', file, '--runs', '20']]) {
      const { code, stdout, stderr } = await wujian(ROOT, ...args, '--start-date', '2099-12-31');
      expect(code).toBe(Exit.INVALID);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^错误：从 2099-12-31 起算 2,920,000 个工作日，办结日期在 9999-12-31 之后，无法给出日期\n  提示：/);
    }
    expect((await wujian(ROOT, 'analyze', file, '--start-date', '2099-12-31', '--lang', 'en')).stderr).toContain('error: 2,920,000 working days from 2099-12-31 end after 9999-12-31');
    const threaded = await checkInThreads([file], { analyze: true, startDate: '2099-12-31' }).catch((error: unknown) => error);
    expect(threaded).toMatchObject({ name: 'DateBeyondCalendarError', start: '2099-12-31', days: 2_920_000 });
    // Without a start date there is no date to give: the working days are the answer.
    expect((await wujian(ROOT, 'analyze', file)).code).toBe(Exit.OK);
  });
});

describe('wujian init --calendar', () => {
  it('writes a draft for the first year the bundled data lacks, which validates and carries the statutory days', async () => {
    const { code, stdout } = await wujian(dir, 'init', '--calendar', 'init/节假日.yaml');
    expect(code).toBe(Exit.OK);
    expect(stdout).toContain('已生成 init/节假日.yaml');
    const text = readFileSync(join(dir, 'init/节假日.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=.*schemas\/calendar\.schema\.json\n/);
    expect(text).toContain(`  ${NEXT_CALENDAR_YEAR}:`);
    expect(text).toContain('      - { from: 2027-02-05, to: 2027-02-10, name: 春节 }');
    const checked = await wujian(dir, 'validate', 'init/节假日.yaml');
    expect(checked.code).toBe(Exit.OK);
    expect(checked.stdout).toContain('✓ init/节假日.yaml  节假日安排：2027 年（放假 19 天，调休上班 0 天）');
    const used = await wujian(ROOT, 'analyze', FOOD, '--start-date', START, '--calendar', join(dir, 'init/节假日.yaml'));
    expect(slowestFinish(used.stdout)).toBe('2027-01-25');
  });

  it('says how to use the draft with the path wujian.yaml and --calendar would take, from where each is read', async () => {
    mkdirSync(join(dir, 'bureau', 'processes'), { recursive: true });
    writeFileSync(join(dir, 'bureau', 'wujian.yaml'), '# 项目设置\n');
    expect((await wujian(join(dir, 'bureau', 'processes'), 'init', '--calendar', '../节假日/2031.yaml', '--year', '2031')).code).toBe(Exit.OK);
    const text = readFileSync(join(dir, 'bureau', '节假日', '2031.yaml'), 'utf8');
    expect(text).toContain('在项目文件夹最上层的 wujian.yaml 中写 calendar: 节假日/2031.yaml（路径相对于 wujian.yaml 所在的文件夹）');
    expect(text).toContain('或在命令后加 --calendar ../节假日/2031.yaml。');
  });

  it('writes another year with --year, and refuses --year without --calendar and --calendar with the 一件事 template', async () => {
    expect((await wujian(dir, 'init', '--calendar', '--year', '2030', 'init/2030.yaml')).code).toBe(Exit.OK);
    expect(readFileSync(join(dir, 'init/2030.yaml'), 'utf8')).toContain('  2030:');
    const refused = await wujian(dir, 'init', '--year', '2030', 'x.yaml');
    expect(refused.code).toBe(Exit.USAGE);
    expect(refused.stderr).toContain('--year 只用于 --calendar');
    const both = await wujian(dir, 'init', '--calendar', '--template', '一件事', 'y.yaml');
    expect(both.code).toBe(Exit.USAGE);
    expect(both.stderr).toContain('--calendar 生成节假日安排文件，不能与 --template 一件事 同时使用');
  });
});
