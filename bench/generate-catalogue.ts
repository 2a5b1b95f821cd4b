/**
 * A seeded synthetic catalogue of procedures for the catalogue benchmark: item data, materials (some
 * with reform marks), limits that agree with each other, and a process of 8–30 steps with branches,
 * correction loops and 并联 blocks (generate-process.ts). Every file is meant to validate with no
 * error and no warning; the benchmark checks that the validator agrees. Randomness comes only from
 * d3's distributions over one d3.randomLcg source, so the same seed always writes the same files.
 *
 * Run alone: node --import tsx bench/generate-catalogue.ts [count] [dir]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBernoulli, randomInt, randomLcg, randomUniform } from 'd3';
import { stringify } from 'yaml';
import { generateProcess, type RawState } from './generate-process.js';
import { isMain } from './support.js';

/** What to generate. */
export interface CatalogueOptions {
  /** Number of procedures. */
  count: number;
  /** Folder to write into; emptied first. */
  dir: string;
  /** Seed of d3.randomLcg. */
  seed: number;
}

/** Draws from one seeded source. */
export interface Dice {
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  /** A number in [lo, hi), rounded to `digits` decimals. */
  real(lo: number, hi: number, digits?: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of a list, in list order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * A Dice over d3.randomLcg(seed).
 * @example createDice(42).int(8, 30) // the same number on every run
 */
export function createDice(seed: number): Dice {
  const source = randomLcg(seed);
  const int = randomInt.source(source);
  const uniform = randomUniform.source(source);
  const bernoulli = randomBernoulli.source(source);
  const dice: Dice = {
    int: (lo, hi) => int(lo, hi + 1)(),
    real: (lo, hi, digits = 2) => Number(uniform(lo, hi)().toFixed(digits)),
    chance: (p) => bernoulli(p)() === 1,
    pick: (items) => items[int(items.length)()]!,
    sample: (items, count) => {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, items.length)) chosen.add(int(items.length)());
      return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
    },
  };
  return dice;
}

/** Default folder (bench/out/ is gitignored). */
export const CATALOGUE_DIR = join(import.meta.dirname, 'out', 'catalogue');
/** Default seed: the same seed writes the same catalogue. */
export const CATALOGUE_SEED = 20240601;

const ITEM_TYPES = ['行政许可', '行政确认', '行政给付', '其他行政权力', '公共服务'];
const LEVELS = ['省级', '市级', '县级', '乡级'];
const ONLINE = ['Ⅰ级', 'Ⅱ级', 'Ⅲ级', 'Ⅳ级'];
const MATERIAL_NAMES = ['申请表', '营业执照', '身份证明', '场所证明', '平面图', '管理制度', '检测报告', '委托书', '合同', '资质证书', '承诺书', '设计文件'];
const REFORMS = ['shared', 'commitment', 'deferred', 'cancelled'];

/** One procedure as plain data in the authored YAML shape; `index` names it. */
export function generateProcedure(dice: Dice, index: number): Record<string, unknown> {
  const id = `item-${String(index).padStart(5, '0')}`;
  const reformed = dice.chance(0.5);
  const online = dice.pick(ONLINE);
  const { process, steps } = generateProcess(dice, dice.int(8, 30), online === 'Ⅳ级');
  const materials = generateMaterials(dice, steps, reformed);
  const procedure: Record<string, unknown> = {
    id,
    name: `合成事项 ${index}`,
    code: `SYN-${String(index).padStart(6, '0')}`,
    type: dice.pick(ITEM_TYPES),
    level: dice.pick(LEVELS),
    department: '县行政审批局',
    basis: ['《合成条例》第十条'],
    version: { label: reformed ? '改革后' : '改革前', date: `20${dice.int(15, 24)}-0${dice.int(1, 9)}-1${dice.int(0, 9)}` },
    ...limits(dice),
    online,
    materials,
    process,
  };
  if (dice.chance(0.2)) procedure.fees = [{ name: '证照工本费', amount: dice.int(10, 200) }];
  if (dice.chance(0.5)) procedure.volume = dice.int(0, 50000);
  return procedure;
}

/** Limits and handling: committed never above statutory; 即办件 committed 即办. */
function limits(dice: Dice): Record<string, unknown> {
  if (dice.chance(0.1)) return { handling: '即办件', limits: { committed: '即办' } };
  const days = dice.int(5, 60);
  const calendar = dice.chance(0.2);
  const workdays = calendar ? Math.floor((days * 5) / 7) : days;
  const statutory = calendar ? { value: days, unit: 'calendar-day' } : days;
  const committed = dice.int(1, Math.max(1, workdays));
  return { handling: '承诺件', limits: dice.chance(0.1) ? { committed } : { statutory, committed } };
}

/** 3–12 materials, each handed in at one or two steps, so none is unused; marks only when reformed. */
function generateMaterials(dice: Dice, steps: RawState[], reformed: boolean): Array<Record<string, unknown>> {
  const count = dice.int(3, 12);
  return Array.from({ length: count }, (_, i) => {
    const id = `m${i + 1}`;
    for (const step of dice.sample(steps, dice.int(1, 2))) (step.materials as string[]).push(id);
    const material: Record<string, unknown> = { id, name: `${dice.pick(MATERIAL_NAMES)}${i + 1}` };
    if (dice.chance(0.3)) material.source = dice.pick(['government', 'third-party']);
    if (dice.chance(0.3)) material.form = dice.pick(['复印件', '电子']);
    if (dice.chance(0.2)) material.copies = dice.int(2, 4);
    if (dice.chance(0.1)) material.necessity = '容缺';
    else if (dice.chance(0.1)) Object.assign(material, { necessity: '条件性', condition: '委托他人办理的' });
    if (reformed && dice.chance(0.4)) material.reform = dice.pick(REFORMS);
    return material;
  });
}

/**
 * Writes `count` procedures as item-00001.yaml … into an emptied `dir` and returns the file paths.
 * @example writeCatalogue({ count: 10_000, dir: CATALOGUE_DIR, seed: CATALOGUE_SEED })
 */
export function writeCatalogue(options: CatalogueOptions): string[] {
  rmSync(options.dir, { recursive: true, force: true });
  mkdirSync(options.dir, { recursive: true });
  const dice = createDice(options.seed);
  const files: string[] = [];
  for (let i = 1; i <= options.count; i++) {
    const file = join(options.dir, `item-${String(i).padStart(5, '0')}.yaml`);
    writeFileSync(file, stringify(generateProcedure(dice, i), { lineWidth: 0 }));
    files.push(file);
  }
  return files;
}

/**
 * Writes the catalogue unless `dir` already holds the one these options and this generator's source
 * write (a stamp file records count, seed and a hash of generate-*.ts); true when it wrote.
 */
export function ensureCatalogue(options: CatalogueOptions): boolean {
  const stampFile = join(options.dir, 'catalogue.stamp.json');
  const stamp = JSON.stringify({ count: options.count, seed: options.seed, generator: generatorHash() });
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
  writeCatalogue(options);
  writeFileSync(stampFile, stamp);
  return true;
}

function generatorHash(): string {
  const hash = createHash('sha256');
  for (const file of ['generate-catalogue.ts', 'generate-process.ts']) hash.update(readFileSync(join(import.meta.dirname, file)));
  return hash.digest('hex').slice(0, 16);
}

if (isMain(import.meta.url)) {
  const count = Number(process.argv[2] ?? 10_000);
  const dir = process.argv[3] ?? CATALOGUE_DIR;
  console.log(`wrote ${writeCatalogue({ count, dir, seed: CATALOGUE_SEED }).length} procedures to ${dir}`);
}
