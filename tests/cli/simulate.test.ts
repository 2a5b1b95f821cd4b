/** `wujian simulate` end to end: figures, sameness, JSON against its schema, usage errors, bundles, Ctrl-C. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import simulationSchema from '../../schemas/simulation.schema.json' with { type: 'json' };
import { createMemoryIO, Exit } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { wujian } from '../support/cli.js';
import { createTempDir, fixture, ROOT } from '../support/files.js';

const validateSimulation = new Ajv2020({ allErrors: true, strictTypes: false }).compile(simulationSchema);
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

  it('says that bundle simulation comes with bundle analysis, exiting 2', async () => {
    const { code, stderr } = await wujian(ROOT, 'simulate', 'processes/open-restaurant/after.yaml', '--lang', 'en');
    expect(code).toBe(Exit.USAGE);
    expect(stderr).toContain('bundle simulation comes with bundle analysis');
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
    // The reference engine, because the fast one runs ten million cases of this item in about two seconds.
    const child = spawn(process.execPath, [join(ROOT, 'src', 'cli', 'bin.js'), 'simulate', FOOD, '--runs', '10000000', '--format', 'json', '--engine', 'reference', '--lang', 'en'], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(Exit.INTERRUPTED);
    expect(stderr).toContain('Interrupted:');
    const json = JSON.parse(stdout);
    expect(json.interrupted).toBe(true);
    expect(json.completed).toBeGreaterThan(0);
  }, 20_000);
});
