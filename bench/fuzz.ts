/**
 * A seeded mutation fuzzer of the authoring language. Each case copies one file of processes/ (a
 * procedure or a bundle, written beside the original so a bundle's item paths still resolve), applies
 * one to three mutations — a number made extreme, a line dropped, doubled, swapped, tabbed or cut by a
 * CR, a value turned into a list, a map, null or a hostile name, a loop bound or a shared budget
 * changed, a character inserted — and runs validate, analyze, simulate, compare and suggest (writing its
 * draft, which suggest reads back and refuses to state effects for unless it validates) on it in process.
 * It records a finding when:
 *   - a command throws (an uncaught exception: the CLI would print a stack trace);
 *   - a diagnostic of validate --format json has no line and column;
 *   - validate's verdict differs from analyze's, compare's or simulate's (simulate alone may run what
 *     only state-space-too-large stops, since it keeps its counters as it goes);
 *   - the JSON of analyze, simulate, compare or suggest does not conform to its schema (so no NaN or Infinity,
 *     which JSON writes as null).
 * The same seed gives the same cases. tests/fuzz.test.ts runs a few dozen in CI; this script runs many.
 *
 * Run: node --import tsx bench/fuzz.ts [cases, default 1000] [seed, default 1]   (npm run bench -- fuzz)
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { randomLcg } from 'd3';
import analysisSchema from '../schemas/analysis.schema.json' with { type: 'json' };
import comparisonSchema from '../schemas/comparison.schema.json' with { type: 'json' };
import datesSchema from '../schemas/dates.schema.json' with { type: 'json' };
import simulationSchema from '../schemas/simulation.schema.json' with { type: 'json' };
import suggestionsSchema from '../schemas/suggestions.schema.json' with { type: 'json' };
import { createMemoryIO } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';
import { isMain, machineLine } from './support.js';

/** Something the fuzzer found wrong with one case. */
export interface Finding {
  /** The case number (its mutations follow from the seed and this number). */
  index: number;
  /** The file that was mutated, relative to processes/. */
  seedFile: string;
  /** What went wrong. */
  problem: string;
  /** The mutated text, to reproduce. */
  text: string;
}

/** What a run of the fuzzer saw. */
export interface FuzzReport {
  /** Cases run. */
  cases: number;
  /** Cases validate called valid. */
  valid: number;
  /** Command runs made (five a case). */
  runs: number;
  /** Findings, empty when all held. */
  findings: Finding[];
}

/** Replacements for a number: extremes, negatives, YAML's special floats, and values just past a bound. */
const NUMBERS = ['0', '-1', '1e308', '1e-300', '3651', '0.5', '99999999999', '.nan', '.inf', '-0', '1e999', '21', '100000001', '1.0000001'];
/** Replacements for a value. */
const VALUES = ['[]', '{}', 'null', '2023-02-30', '~', '""', '"<script>alert(1)</script>"', '"\\e]0;pwned\\a"', '"=HYPERLINK(\\"x\\")"', '[a, b]', '{ target: nowhere }', '!!omap [ { A: b } ]', '*undefined-alias', 'true'];
/** Text inserted at a random place. */
const INSERTS = ['\t', '\r', ':', '-', '[', '{', '"', '#', '&a ', '*a', '\u0000', '\uFFFD', ' ', '\n', '：', '，', '、', '\u3000', '\u00a0', "'"];

/** Item paths a bundle's item may be turned to: an invalid procedure, a missing file, a bundle, an item twice. */
const ITEM_PATHS = ['../broken.yaml', 'missing.yaml', '../open-restaurant/before.yaml', '../food-business-licence/before.yaml', '../food-business-licence/./before.yaml'];
/** The invalid procedure written beside the copied processes/ for ITEM_PATHS. */
const BROKEN = 'id: broken\nname: 坏事项\nversion: { label: 改革前 }\nmaterials: []\nprocess:\n  initial: a\n  states:\n    a: { name: 申请, on: { GO: nowhere } }\n';

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** One mutation of `text`. */
function mutate(text: string, random: Random): string {
  const lines = text.split('\n');
  const at = Math.floor(random() * lines.length);
  switch (Math.floor(random() * 9)) {
    case 0: {
      const numbers = [...text.matchAll(/(?<=[\s:[{,])\d+(?:\.\d+)?(?=[\s,}\]]|$)/gm)];
      if (numbers.length === 0) return text;
      const m = pick(random, numbers);
      return text.slice(0, m.index) + pick(random, NUMBERS) + text.slice(m.index! + m[0].length);
    }
    case 1:
      lines.splice(at, 1);
      return lines.join('\n');
    case 2:
      lines.splice(at, 0, lines[at] ?? '');
      return lines.join('\n');
    case 3: {
      const other = Math.floor(random() * lines.length);
      [lines[at], lines[other]] = [lines[other]!, lines[at]!];
      return lines.join('\n');
    }
    case 4:
      lines[at] = (random() < 0.5 ? '\t' : ' ') + (lines[at] ?? '');
      return lines.join(random() < 0.2 ? '\r' : '\n');
    case 5: {
      const values = [...text.matchAll(/(?<=: )[^\s{}[\],#][^,}\]\n#]*/g)];
      if (values.length === 0) return text;
      const m = pick(random, values);
      return text.slice(0, m.index) + pick(random, VALUES) + text.slice(m.index! + m[0].length);
    }
    case 6: {
      const maxes = [...text.matchAll(/max: \d+/g)];
      if (maxes.length > 0 && random() < 0.6) {
        const m = pick(random, maxes);
        return text.slice(0, m.index) + `max: ${pick(random, ['1', '2', '5', '20', '0', '21'])}` + text.slice(m.index! + m[0].length);
      }
      return text.replace(/^process:\n {2}initial: (.*)$/m, `process:\n  initial: $1\n  maxCorrections: ${pick(random, ['1', '2', '0', '21', 'x'])}`);
    }
    case 7: {
      const paths = [...text.matchAll(/(?<=path: )\S+\.yaml/g)];
      if (paths.length > 0 && random() < 0.5) {
        const m = pick(random, paths);
        return text.slice(0, m.index) + pick(random, ITEM_PATHS) + text.slice(m.index! + m[0].length);
      }
      const ids = [...new Set([...text.matchAll(/(?<=target: |: )([a-z][a-z0-9-]*)(?=[ ,}\n])/g)].map((m) => m[1]!))];
      if (ids.length < 2) return text;
      const [from, to] = [pick(random, ids), pick(random, ids)];
      return text.replace(new RegExp(`(?<=target: |SUBMIT: |: )${from}(?=[ ,}\\n])`), to);
    }
    default: {
      const offset = Math.floor(random() * text.length);
      return text.slice(0, offset) + pick(random, INSERTS) + text.slice(offset);
    }
  }
}

/** The date of application of the commands that count dates: late in the last year the holiday data knows. */
const FUZZ_START_DATE = '2026-12-10';

/** The output schemas, compiled once. */
function createValidators(): Record<'analysis' | 'simulation' | 'comparison' | 'suggestions', ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
  ajv.addSchema(datesSchema, 'dates.schema.json'); // the dates the three refer to
  // The comparison schema before the analysis schema, which names its counting rules (ruleId) from it;
  // the suggestions schema refers to its measures and ledger.
  const comparison = ajv.compile(comparisonSchema);
  return { analysis: ajv.compile(analysisSchema), simulation: ajv.compile(simulationSchema), comparison, suggestions: ajv.compile(suggestionsSchema) };
}

/** Runs `wujian argv…` in `cwd` in process; a thrown error is returned, never thrown. */
async function runCli(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string } | { thrown: unknown }> {
  const io = createMemoryIO(cwd);
  try {
    const code = await run(argv, io);
    return { code, stdout: io.stdout, stderr: io.stderr };
  } catch (error) {
    return { thrown: error };
  }
}

/**
 * Runs `cases` mutated files from `seed` and returns what it saw.
 * @example (await fuzz({ cases: 30, seed: 1 })).findings // []
 */
export async function fuzz(options: { cases: number; seed: number; root: string }): Promise<FuzzReport> {
  const work = mkdtempSync(join(tmpdir(), 'wujian-fuzz-'));
  const processes = join(work, 'processes');
  cpSync(join(options.root, 'processes'), processes, { recursive: true });
  writeFileSync(join(processes, 'broken.yaml'), BROKEN);
  const seeds = readdirSync(processes, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml') && f !== 'broken.yaml').sort();
  const validators = createValidators();
  const random = randomLcg(options.seed);
  const report: FuzzReport = { cases: 0, valid: 0, runs: 0, findings: [] };
  try {
    for (let index = 0; index < options.cases; index++) {
      const seedFile = pick(random, seeds);
      let text = readFileSync(join(processes, seedFile), 'utf8');
      const count = 1 + Math.floor(random() * 3);
      for (let k = 0; k < count; k++) text = mutate(text, random);
      const file = join(processes, seedFile.replace(/[^/]+$/, `fuzz-${index}.yaml`));
      writeFileSync(file, text);
      const found = (problem: string) => report.findings.push({ index, seedFile, problem, text });
      await checkCase(relative(work, file), work, validators, report, found);
      rmSync(file);
      report.cases++;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return report;
}

/** Errors of compare that depend on the pair, not on either file: what the after version says it merged. */
const PAIR_CHECKS = new Set(['merges-unknown-item', 'merges-unknown-step']);

/** True when every error compare printed is one of PAIR_CHECKS (codes shown as "[code]"). */
function onlyPairChecks(stderr: string): boolean {
  const codes = [...stderr.matchAll(/\[([a-z-]+)\]/g)].map((m) => m[1]!);
  return codes.length > 0 && codes.every((code) => PAIR_CHECKS.has(code));
}

/** Runs the five commands on one mutated file and records what does not hold. */
async function checkCase(
  file: string,
  cwd: string,
  validators: ReturnType<typeof createValidators>,
  report: FuzzReport,
  found: (problem: string) => void,
): Promise<void> {
  // Dates counted from a day whose year is not arranged yet, so every count past it is on assumed days too.
  const dated = ['--start-date', FUZZ_START_DATE];
  const results = {
    validate: await runCli(cwd, ['validate', file, '--format', 'json']),
    analyze: await runCli(cwd, ['analyze', file, '--format', 'json', ...dated]),
    simulate: await runCli(cwd, ['simulate', file, '--runs', '30', '--seed', '7', '--format', 'json', ...dated]),
    compare: await runCli(cwd, ['compare', file, file, '--format', 'json', ...dated]),
    suggest: await runCli(cwd, ['suggest', file, '--format', 'json', '-o', 'draft.yaml']),
  };
  report.runs += 5;
  for (const [command, result] of Object.entries(results)) {
    if ('thrown' in result) found(`${command} threw: ${(result.thrown as Error)?.stack ?? String(result.thrown)}`);
  }
  const { validate, analyze, simulate, compare, suggest } = results;
  if ('thrown' in validate) return;
  const json = JSON.parse(validate.stdout) as { files: Array<{ diagnostics: Array<{ code: string; line: number; column: number; severity: string; file: string }> }> };
  const diagnostics = json.files.flatMap((f) => f.diagnostics);
  for (const d of diagnostics) if (!(d.line >= 1 && d.column >= 1)) found(`unlocated diagnostic ${d.code} in ${d.file}`);
  const valid = validate.code === 0;
  if (valid) report.valid++;
  const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
  const simulable = valid || (errors.length > 0 && errors.every((c) => c === 'state-space-too-large'));
  const expect = { analyze: valid ? 0 : 1, compare: valid ? 0 : 1, simulate: simulable ? 0 : 1, suggest: valid ? 0 : 1 };
  for (const [command, result] of [['analyze', analyze], ['simulate', simulate], ['compare', compare], ['suggest', suggest]] as const) {
    if ('thrown' in result) continue;
    // A version's `merges` name what it merged of the version before it: compared with itself, a valid
    // file that merged items or steps it no longer has is rightly refused, by those checks alone.
    if (command === 'compare' && valid && result.code === 1 && onlyPairChecks(result.stderr)) continue;
    if (result.code !== expect[command]) found(`validate says ${valid ? 'valid' : 'invalid'} (${errors.join(', ')}), ${command} exits ${result.code}: ${result.stderr.slice(0, 300)}`);
    if (result.code !== 0) continue;
    const schema = ({ analyze: 'analysis', simulate: 'simulation', compare: 'comparison', suggest: 'suggestions' } as const)[command];
    const validateJson = validators[schema];
    if (!validateJson(JSON.parse(result.stdout))) found(`${command} JSON does not conform to ${schema}.schema.json: ${JSON.stringify(validateJson.errors?.slice(0, 3))}`);
  }
}

async function main(): Promise<void> {
  const cases = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  console.log(machineLine());
  const started = performance.now();
  const report = await fuzz({ cases, seed, root: join(import.meta.dirname, '..') });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${report.cases} mutated files (seed ${seed}), ${report.valid} valid, ${report.runs} command runs in ${seconds.toFixed(1)} s (${(report.runs / seconds).toFixed(1)} runs/s)`);
  for (const f of report.findings) console.log(`\n#${f.index} (from ${f.seedFile}): ${f.problem}\n--- text ---\n${f.text}\n------------`);
  console.log(`\n${report.findings.length} finding(s).`);
  process.exitCode = report.findings.length > 0 ? 1 : 0;
}

if (isMain(import.meta.url)) await main();
