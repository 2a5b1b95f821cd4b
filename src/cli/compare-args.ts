/**
 * The options of `wujian compare` read into CompareOptions: renames (--map, --map-file), targets
 * (--target, --targets), volumes (--volume) and the Standard Cost Model's prices (checked as numbers
 * by the parser). Problems come back as usage messages or, for files, as located diagnostics.
 */
import { resolve } from 'node:path';
import type { CompareOptions } from '../analysis/compare/compare.js';
import { MAX_VOLUME } from '../analysis/defaults.js';
import { createDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { displayPath } from '../model/files.js';
import { IDENTIFIER } from '../model/ids.js';
import { spanOf } from '../model/locate.js';
import { readYaml } from '../model/parse.js';
import { describeValue } from '../model/schema.js';
import { loadTargetsFile, parseTarget, targetMeasureNames, type Target } from '../model/targets.js';
import type { Lang } from '../model/types.js';
import { TARGET_PROBLEMS } from '../vocabulary/index.js';
import { say } from './messages.js';
import type { compareOptions } from './table/compare.js';
import type { OptionValues } from './table/types.js';

/** What reading the flags gives: the options, or a usage message, or diagnostics in a file. */
export type FlagsResult = { ok: true; options: CompareOptions } | { ok: false; usage?: string; diagnostics?: Diagnostic[] };

/** Reads the flags; files are relative to `cwd`, and named in diagnostics as the user sees them (displayPath). */
export function readCompareFlags(flags: OptionValues<typeof compareOptions>, cwd: string, lang: Lang): FlagsResult {
  const read = readFlags(flags, cwd, lang);
  if (read.ok || !read.diagnostics) return read;
  return { ok: false, diagnostics: read.diagnostics.map((d) => ({ ...d, file: displayPath({ cwd }, d.file) })) };
}

function readFlags(flags: OptionValues<typeof compareOptions>, cwd: string, lang: Lang): FlagsResult {
  const rename = new Map<string, string>();
  for (const pair of flags.map) {
    const m = /^([^=\s]+)=([^=\s]+)$/.exec(pair);
    if (!m) return { ok: false, usage: say(lang, 'badMap', { found: pair }) };
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
  for (const text of flags.target) {
    const read = parseTarget(text);
    if (!read.ok) return { ok: false, usage: say(lang, 'badTarget', { target: text, why: TARGET_PROBLEMS[read.problem], names: targetMeasureNames().join('、') }) };
    targets.push(read.target);
  }
  let volume: number | undefined;
  const volumes = new Map<string, number>();
  for (const v of flags.volume) {
    const m = /^(?:([^=]+)=)?(\d{1,10})$/u.exec(v);
    if (!m || Number(m[2]) > MAX_VOLUME || (m[1] !== undefined && !IDENTIFIER.test(m[1]))) return { ok: false, usage: say(lang, 'badVolume', { found: v, max: MAX_VOLUME }) };
    if (m[1]) volumes.set(m[1], Number(m[2]));
    else volume = Number(m[2]);
  }
  const money = { hourlyCost: flags['hourly-cost'], tripCost: flags['trip-cost'], prepHours: flags['prep-hours'], waitHours: flags['wait-hours'] };
  const stepCounting = flags['step-counting'];
  return { ok: true, options: { rename, targets, money, volume, volumes, ...(stepCounting ? { stepCounting } : {}) } };
}

/** Reads a rename map file: a YAML mapping of old id to new id; a value that is not an id is reported where it stands. */
function readMapFile(file: string): { ok: true; map: Map<string, string> } | { ok: false; diagnostic: Diagnostic } {
  const parse = readYaml(file);
  if (!parse.ok) return { ok: false, diagnostic: parse.diagnostics[0]! };
  const entries = Object.entries(parse.parsed.value as Record<string, unknown>);
  const wrong = entries.find(([, v]) => typeof v !== 'string');
  if (wrong) {
    const [key, value] = wrong;
    return { ok: false, diagnostic: createDiagnostic('schema-type', file, spanOf(parse.parsed, [key]), { path: `/${key}`, expected: 'string', found: describeValue(value) }) };
  }
  return { ok: true, map: new Map(entries as Array<[string, string]>) };
}
