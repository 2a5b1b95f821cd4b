/**
 * The options of `wujian compare` read into CompareOptions: renames (--map, --map-file), targets
 * (--target, --targets), volumes (--volume) and the Standard Cost Model's prices. Problems come back
 * as usage messages or, for files, as located diagnostics.
 */
import { resolve } from 'node:path';
import type { CompareOptions } from '../analysis/compare/compare.js';
import type { MoneySettings } from '../analysis/compare/money.js';
import { createDiagnostic, FILE_START, type Diagnostic } from '../model/diagnostic.js';
import { parseYaml } from '../model/parse.js';
import { readSource } from '../model/source.js';
import { loadTargetsFile, parseTarget, targetMeasureNames, type Target } from '../model/targets.js';
import type { Lang, StepCounting } from '../model/types.js';

/** The raw option values `compare` accepts. */
export interface CompareFlags {
  map?: string[];
  'map-file'?: string;
  target?: string[];
  targets?: string;
  volume?: string[];
  'hourly-cost'?: string;
  'trip-cost'?: string;
  'prep-hours'?: string;
  'wait-hours'?: string;
  'step-counting'?: string;
}

/** parseArgs options of `compare` beyond the common ones. */
export const COMPARE_OPTIONS = {
  format: { type: 'string', default: 'table' },
  out: { type: 'string', short: 'o' },
  all: { type: 'boolean', default: false },
  map: { type: 'string', multiple: true },
  'map-file': { type: 'string' },
  target: { type: 'string', multiple: true },
  targets: { type: 'string' },
  volume: { type: 'string', multiple: true },
  'hourly-cost': { type: 'string' },
  'trip-cost': { type: 'string' },
  'prep-hours': { type: 'string' },
  'wait-hours': { type: 'string' },
  'step-counting': { type: 'string' },
} as const;

/** What reading the flags gives: the options, or a usage message, or diagnostics in a file. */
export type FlagsResult = { ok: true; options: CompareOptions } | { ok: false; usage?: string; diagnostics?: Diagnostic[] };

/** Reads the flags; files are relative to `cwd`. */
export function readCompareFlags(flags: CompareFlags, cwd: string, lang: Lang): FlagsResult {
  const zh = lang === 'zh';
  const rename = new Map<string, string>();
  for (const pair of flags.map ?? []) {
    const m = /^([^=\s]+)=([^=\s]+)$/.exec(pair);
    if (!m) return { ok: false, usage: zh ? `--map 应写成 旧id=新id（实际为 "${pair}"）` : `--map takes old-id=new-id (found "${pair}")` };
    rename.set(m[1]!, m[2]!);
  }
  if (flags['map-file']) {
    const read = readMapFile(resolve(cwd, flags['map-file']));
    if (!read.ok) return { ok: false, diagnostics: [read.diagnostic] };
    for (const [k, v] of read.map) rename.set(k, v);
  }
  const targets: Target[] = [];
  if (flags.targets) {
    const file = loadTargetsFile(resolve(cwd, flags.targets));
    if (file.diagnostics.length > 0) return { ok: false, diagnostics: file.diagnostics };
    targets.push(...file.targets);
  }
  for (const text of flags.target ?? []) {
    const read = parseTarget(text);
    if (!read.ok) {
      return { ok: false, usage: zh ? `看不懂目标 "${text}"；请写成“材料压减>=30%”或“跑动<=1”，指标可以是：${targetMeasureNames().join('、')}` : `The target "${text}" cannot be read; write e.g. 材料压减>=30% or trips<=1` };
    }
    targets.push(read.target);
  }
  let volume: number | undefined;
  const volumes = new Map<string, number>();
  for (const v of flags.volume ?? []) {
    const m = /^(?:([A-Za-z][\w-]*)=)?(\d+)$/.exec(v);
    if (!m) return { ok: false, usage: zh ? `--volume 应为非负整数，或 事项id=整数（实际为 "${v}"）` : `--volume takes a whole number, or item-id=number (found "${v}")` };
    if (m[1]) volumes.set(m[1], Number(m[2]));
    else volume = Number(m[2]);
  }
  const money: Partial<MoneySettings> = {};
  const numbers: Array<[keyof CompareFlags, keyof MoneySettings]> = [['hourly-cost', 'hourlyCost'], ['trip-cost', 'tripCost'], ['prep-hours', 'prepHours'], ['wait-hours', 'waitHours']];
  for (const [flag, key] of numbers) {
    const raw = flags[flag] as string | undefined;
    if (raw === undefined) continue;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value < 0) return { ok: false, usage: zh ? `--${flag} 应为非负数（实际为 "${raw}"）` : `--${flag} must be a number, 0 or more (found "${raw}")` };
    money[key] = value;
  }
  const stepCounting = readStepCounting(flags['step-counting'], lang);
  if (!stepCounting.ok) return { ok: false, usage: stepCounting.usage };
  return { ok: true, options: { rename, targets, money, volume, volumes, ...(stepCounting.value ? { stepCounting: stepCounting.value } : {}) } };
}

/** `--step-counting stage|per-step`: how parallel blocks count as 环节, overriding the files. */
export function readStepCounting(raw: string | undefined, lang: Lang): { ok: true; value?: StepCounting } | { ok: false; usage: string } {
  if (raw === undefined) return { ok: true };
  if (raw === 'stage' || raw === 'per-step') return { ok: true, value: raw };
  return {
    ok: false,
    usage: lang === 'zh'
      ? `--step-counting 只能是 stage（并联审批计 1 个环节，默认）或 per-step（逐环节计）（实际为 "${raw}"）`
      : `--step-counting must be stage (a parallel stage is one step, the default) or per-step (every step) (found "${raw}")`,
  };
}

/** Reads a rename map file: a YAML mapping of old id to new id. */
function readMapFile(file: string): { ok: true; map: Map<string, string> } | { ok: false; diagnostic: Diagnostic } {
  const source = readSource(file);
  if (!source.ok) return { ok: false, diagnostic: source.diagnostic };
  const parse = parseYaml(file, source.text);
  if (!parse.ok) return { ok: false, diagnostic: parse.diagnostics[0]! };
  const value = parse.parsed.value;
  const entries = value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value as Record<string, unknown>) : undefined;
  if (!entries || entries.some(([, v]) => typeof v !== 'string')) {
    return { ok: false, diagnostic: createDiagnostic('schema-type', file, FILE_START, { path: '', expected: 'object', found: Array.isArray(value) ? 'a list' : typeof value }) };
  }
  return { ok: true, map: new Map(entries as Array<[string, string]>) };
}
