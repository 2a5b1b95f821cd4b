/** `wujian simulate` end to end: figures, sameness, JSON against its schema, usage errors, bundles and their items, Ctrl-C. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileOutputSchema } from '../support/schemas.js';
import { describe, expect, it } from 'vitest';
import simulationSchema from '../../schemas/simulation.schema.json' with { type: 'json' };
import { createMemoryIO, Exit } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { wujian } from '../support/cli.js';
import { createTempDir, fixture, ROOT } from '../support/files.js';

const validateSimulation = compileOutputSchema(simulationSchema);
const FOOD = 'processes/food-business-licence/before.yaml';
const TEMP = createTempDir();

describe('wujian simulate', () => {
  it('prints the distribution of time and the chance of exceeding each limit, in Chinese', async () => {
    const { code, stdout, stderr } = await wujian(ROOT, 'simulate', FOOD, '--runs', '20000', '--seed', '1');
    expect(code).toBe(Exit.OK);
    expect(stderr).toBe('');
    expect(stdout).toContain('食品经营许可（新办） [改革前]');
    expect(stdout).toContain('20,000 件（种子 1，快速引擎）');
    expect(stdout).toMatch(/办理用时\s+平均 [\d.]+ · 中位 [\d.]+ · P90 [\d.]+ · P95 [\d.]+/);
    expect(stdout).toMatch(/超法定时限（20 个工作日）\s+[\d.<]+%/);
    expect(stdout).toMatch(/超承诺时限（15 个工作日）\s+1[3-6]\.\d+%（[\d,]+ 件；95% 置信区间/);
    expect(stdout).toMatch(/办理结果\s+准予办结 8[78]\.\d+% · 不予许可/);
    expect(stdout).toContain('办理用时分布（工作日）');
  });

  it('prints the same output twice for the same seed, and other figures for another seed', async () => {
    const first = await wujian(ROOT, 'simulate', FOOD, '--runs', '5000', '--seed', '7', '--start-date', '2024-09-27');
    const second = await wujian(ROOT, 'simulate', FOOD, '--runs', '5000', '--seed', '7', '--start-date', '2024-09-27');
    const other = await wujian(ROOT, 'simulate', FOOD, '--runs', '5000', '--seed', '8', '--start-date', '2024-09-27');
    expect(second.stdout).toBe(first.stdout);
    expect(other.stdout).not.toBe(first.stdout);
  });

  it('writes JSON that conforms to schemas/simulation.schema.json, with calendar days when given a start date', async () => {
    const { code, stdout } = await wujian(ROOT, 'simulate', 'processes/construction-permit/after.yaml', '--runs', '3000', '--format', 'json', '--start-date', '2024-09-27');
    expect(code).toBe(Exit.OK);
    const json = JSON.parse(stdout);
    expect(validateSimulation(json), JSON.stringify(validateSimulation.errors)).toBe(true);
    expect(json).toMatchObject({ tool: 'wujian', kind: 'simulation', engine: 'fast', seed: 42, runs: 3000, completed: 3000, interrupted: false, startDate: '2024-09-27' });
    expect(json.measures.calendarDays.min).toBeGreaterThanOrEqual(json.measures.workdays.min);
    expect(json.stepTime.reduce((sum: number, s: { share: number }) => sum + s.share, 0)).toBeCloseTo(1, 9);
    expect(json.outcomes.reduce((sum: number, o: { cases: number }) => sum + o.cases, 0)).toBe(3000);
  });

  it('gives the same figures with the reference engine on the same seed', async () => {
    const fast = JSON.parse((await wujian(ROOT, 'simulate', FOOD, '--runs', '2000', '--format', 'json')).stdout);
    const reference = JSON.parse((await wujian(ROOT, 'simulate', FOOD, '--runs', '2000', '--format', 'json', '--engine', 'reference')).stdout);
    expect(validateSimulation(reference)).toBe(true);
    expect({ ...reference, engine: 'fast' }).toEqual(fast);
  });

  it('writes the whole output to a file with -o', async () => {
    const { code, stdout, stderr } = await wujian(TEMP, 'simulate', join(ROOT, FOOD), '--runs', '100', '-o', 'sim.json', '--format', 'json');
    expect(code).toBe(Exit.OK);
    expect(stdout).toBe('');
    expect(stderr).toContain('已写入 sim.json');
    expect(validateSimulation(JSON.parse(readFileSync(join(TEMP, 'sim.json'), 'utf8')))).toBe(true);
  });

  it.each(['0', '-5', '1e99', 'abc', '1.5', '10000001'])('refuses --runs %s with a usage error in both languages', async (runs) => {
    const zh = await wujian(ROOT, 'simulate', FOOD, '--runs', runs);
    expect(zh.code).toBe(Exit.USAGE);
    expect(zh.stderr).toContain(`--runs 应为 1 到 10,000,000 之间的整数（实际为 "${runs}"）`);
    const en = await wujian(ROOT, 'simulate', FOOD, '--runs', runs, '--lang', 'en');
    expect(en.stderr).toContain(`--runs must be a whole number from 1 to 10,000,000 (found "${runs}")`);
  });

  it.each(['-1', '2.5', 'x', '4294967296'])('refuses --seed %s', async (seed) => {
    const { code, stderr } = await wujian(ROOT, 'simulate', FOOD, '--seed', seed);
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('--seed 应为 0 到 4294967295 之间的整数');
  });

  it('refuses an unknown engine and format', async () => {
    expect((await wujian(ROOT, 'simulate', FOOD, '--engine', 'turbo')).stderr).toContain('--engine 只能是 fast, reference');
    expect((await wujian(ROOT, 'simulate', FOOD, '--format', 'md')).stderr).toContain('--format 只能是 table, json');
  });

  it('simulates a bundle through run(): its items scheduled by after:, the committed limit of the schedule, each item’s critical share', async () => {
    const io = createMemoryIO(ROOT);
    const code = await run(['simulate', 'processes/newborn-birth/before.yaml', '--runs', '20000', '--seed', '1'], io);
    expect(code).toBe(Exit.OK);
    expect(io.stderr).toBe('');
    expect(io.stdout).toContain('新生儿出生“一件事” [改革前]  processes/newborn-birth/before.yaml');
    expect(io.stdout).toMatch(/一件事\s+7 个事项/);
    expect(io.stdout).toContain('20,000 件（种子 1，快速引擎）');
    expect(io.stdout).toMatch(/办理用时\s+平均 3[12]\.\d+ · 中位 32 /);
    expect(io.stdout).toMatch(/超承诺时限（32 个工作日）\s+0%（0 件/);
    expect(io.stdout).toMatch(/各事项在关键路径上的案件比例\n\s+出生医学证明办理\s+100%\n\s+预防接种证办理\s+0%/);
    expect(io.stdout).toMatch(/用时最多的环节\s+生育医疗费用报销：/);
  });

  it('writes a bundle as JSON that conforms to the schema, the same for both engines on one seed', async () => {
    const args = ['simulate', 'processes/open-restaurant/after.yaml', '--runs', '1000', '--format', 'json', '--lang', 'en'];
    const fast = JSON.parse((await wujian(ROOT, ...args)).stdout);
    const reference = JSON.parse((await wujian(ROOT, ...args, '--engine', 'reference')).stdout);
    expect(validateSimulation(fast), JSON.stringify(validateSimulation.errors)).toBe(true);
    expect(fast).toMatchObject({ subjectKind: 'bundle', id: 'open-restaurant', file: 'processes/open-restaurant/after.yaml', limits: { committed: { workdays: 6 } } });
    expect(fast.items[0]).toMatchObject({ id: 'enterprise-establishment', file: 'processes/enterprise-establishment/after.yaml' });
    expect({ ...reference, engine: 'fast' }).toEqual(fast);
  });

  it('reports an invalid item of a bundle with its located diagnostic in the item’s file, exiting 1', async () => {
    const { code, stdout, stderr } = await wujian(ROOT, 'simulate', 'tests/fixtures/simulate/invalid-item-bundle.yaml', '--lang', 'en');
    expect(code).toBe(Exit.INVALID);
    expect(stdout).toBe('');
    expect(stderr).toContain('tests/fixtures/diagnostics/unknown-target.yaml:13:21: error [unknown-target]');
  });

  it('reports a bundle item that cannot be found where the bundle names it, exiting 1', async () => {
    const { code, stderr } = await wujian(fixture('bundles'), 'simulate', 'broken-item.yaml');
    expect(code).toBe(Exit.INVALID);
    expect(stderr).toContain('broken-item.yaml:7:11: 错误 [bundle-unknown-item] 找不到事项 "missing.yaml"');
  });

  it('reports a bad file with its located diagnostic, exiting 1', async () => {
    const { code, stdout, stderr } = await wujian(fixture('diagnostics'), 'simulate', 'duration-distribution.yaml');
    expect(code).toBe(Exit.INVALID);
    expect(stdout).toBe('');
    expect(stderr).toContain('duration-distribution.yaml:16:33: 错误 [duration-distribution]');
  });

  it('stops on an interrupt and prints the figures of the cases done, marked interrupted', async () => {
    const io = createMemoryIO(ROOT);
    io.onInterrupt = (stop) => {
      const timer = setTimeout(stop, 30);
      return () => clearTimeout(timer);
    };
    const code = await run(['simulate', FOOD, '--runs', '10000000', '--format', 'json'], io);
    expect(code).toBe(Exit.INTERRUPTED);
    const json = JSON.parse(io.stdout);
    expect(validateSimulation(json)).toBe(true);
    expect(json.interrupted).toBe(true);
    expect(json.completed).toBeGreaterThan(0);
    expect(json.completed).toBeLessThan(10_000_000);
    expect(json.outcomes.reduce((sum: number, o: { cases: number }) => sum + o.cases, 0)).toBe(json.completed);
    expect(io.stderr).toContain('已中断');
  });

  it('stops cleanly on SIGINT as a real process, printing what was done', async () => {
    // A signal that arrives while Node is still loading the sources ends the process the default way
    // (no handler yet). On a loaded machine loading can take seconds, so wait longer and try again.
    let run: Interrupted | undefined;
    for (const delay of [2500, 6000, 12000]) {
      run = await interruptAfter(delay);
      if (run.signal === null) break;
    }
    expect(run!.code).toBe(Exit.INTERRUPTED);
    expect(run!.stderr).toContain('Interrupted:');
    const json = JSON.parse(run!.stdout);
    expect(json.interrupted).toBe(true);
    expect(json.completed).toBeGreaterThan(0);
  }, 60_000);
});

/** How a child simulate process ended after a SIGINT. */
interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts a long simulate run as a real process and sends it SIGINT after `delay` ms. */
async function interruptAfter(delay: number): Promise<Interrupted> {
  // The reference engine, because the fast one runs ten million cases of this item in about two seconds.
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'wujian.js'), 'simulate', FOOD, '--runs', '10000000', '--format', 'json', '--engine', 'reference', '--lang', 'en'], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
  await new Promise((resolve) => setTimeout(resolve, delay));
  child.kill('SIGINT');
  const [code, signal] = await closed;
  return { code, signal, stdout, stderr };
}
