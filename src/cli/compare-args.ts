/**
 * The options of `wujian compare` read into CompareOptions: renames (--map, --map-file), targets
 * (--target, --targets), volumes (--volume) and the Standard Cost Model's prices. Problems come back
 * as usage messages or, for files, as located diagnostics.
 */
import { resolve } from 'node:path';
import type { CompareOptions } from '../analysis/compare/compare.js';
import type { MoneySettings } from '../analysis/compare/money.js';
import { createDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { spanOf } from '../model/locate.js';
import { parseYaml } from '../model/parse.js';
import { describeValue } from '../model/schema.js';
import { readSource } from '../model/source.js';
import { loadTargetsFile, parseTarget, targetMeasureNames, type Target } from '../model/targets.js';
import { TARGET_PROBLEMS } from '../model/messages.js';
import type { Lang } from '../model/types.js';

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
} as const;

/** Most cases a year --volume takes, as `volume` in a procedure file (schemas/procedure.schema.json). */
const MAX_VOLUME = 1_000_000_000;

/** The Standard Cost Model's flags, with the largest value each takes: far above any real price, far below overflow. */
const MONEY_FLAGS: Array<[keyof CompareFlags, keyof MoneySettings, number]> = [
  ['hourly-cost', 'hourlyCost', 100_000],
  ['trip-cost', 'tripCost', 1_000_000],
  ['prep-hours', 'prepHours', 1_000],
  ['wait-hours', 'waitHours', 24],
];

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
      const [whyZh, whyEn] = TARGET_PROBLEMS[read.problem]!;
      return { ok: false, usage: zh ? `看不懂目标 "${text}"（${whyZh}）；请写成“材料压减>=30%”或“跑动<=1”，指标可以是：${targetMeasureNames().join('、')}` : `The target "${text}" cannot be read (${whyEn}); write e.g. 材料压减>=30% or trips<=1` };
    }
    targets.push(read.target);
  }
  let volume: number | undefined;
  const volumes = new Map<string, number>();
  for (const v of flags.volume ?? []) {
    const m = /^(?:([A-Za-z][\w-]*)=)?(\d{1,10})$/.exec(v);
    if (!m || Number(m[2]) > MAX_VOLUME) {
      return { ok: false, usage: zh ? `--volume 应为 0 到 1,000,000,000 的整数，或 事项id=整数（实际为 "${v}"）` : `--volume takes a whole number from 0 to 1,000,000,000, or item-id=number (found "${v}")` };
    }
    if (m[1]) volumes.set(m[1], Number(m[2]));
    else volume = Number(m[2]);
  }
  const money: Partial<MoneySettings> = {};
  for (const [flag, key, max] of MONEY_FLAGS) {
    const raw = flags[flag] as string | undefined;
    if (raw === undefined) continue;
    const value = Number(raw);
    if (raw.trim() === '' || !(value >= 0 && value <= max)) {
      const most = max.toLocaleString('en-US');
      return { ok: false, usage: zh ? `--${flag} 应为 0 到 ${most} 之间的数（实际为 "${raw}"）` : `--${flag} must be a number from 0 to ${most} (found "${raw}")` };
    }
    money[key] = value;
  }
  return { ok: true, options: { rename, targets, money, volume, volumes } };
}

/** Reads a rename map file: a YAML mapping of old id to new id; a value that is not an id is reported where it stands. */
function readMapFile(file: string): { ok: true; map: Map<string, string> } | { ok: false; diagnostic: Diagnostic } {
  const source = readSource(file);
  if (!source.ok) return { ok: false, diagnostic: source.diagnostic };
  const parse = parseYaml(file, source.text);
  if (!parse.ok) return { ok: false, diagnostic: parse.diagnostics[0]! };
  const entries = Object.entries(parse.parsed.value as Record<string, unknown>);
  const wrong = entries.find(([, v]) => typeof v !== 'string');
  if (wrong) {
    const [key, value] = wrong;
    return { ok: false, diagnostic: createDiagnostic('schema-type', file, spanOf(parse.parsed, [key]), { path: `/${key}`, expected: 'string', found: describeValue(value) }) };
  }
  return { ok: true, map: new Map(entries as Array<[string, string]>) };
}
