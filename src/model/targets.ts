/**
 * Reform targets (改革目标) in the words reform offices use — "材料压减>=30%", "跑动<=1",
 * "承诺时限<=5" — from command-line flags or a targets file (schemas/targets.schema.json), with
 * located diagnostics for a target that cannot be read.
 */
import { basename } from 'node:path';
import { createDiagnostic, hasErrors, type Diagnostic } from './diagnostic.js';
import { spanOf } from './locate.js';
import { readYaml } from './parse.js';
import { validateSchema } from './schema.js';

import { MEASURE_KEYS, MEASURES, type MeasureKey, type TargetOp, type TargetProblem } from '../vocabulary/index.js';

export type { MeasureKey };

/** A target before it is checked. */
export interface Target {
  /** The target as written, e.g. "材料压减>=30%". */
  text: string;
  /** The measure it is about. */
  measure: MeasureKey;
  /** What is compared: the cut in percent, the cut, or the after value. */
  op: TargetOp;
  /** The target value. */
  value: number;
}
/** Words that name a measure in a target, Chinese and English: each measure's key and its aliases. */
const MEASURE_NAMES: Array<[string, MeasureKey]> = MEASURE_KEYS.flatMap((key) => [key, ...MEASURES[key].aliases].map((word): [string, MeasureKey] => [word, key]));

/** Operators written before the figure meaning "at least", and "at most". Words need no quoting in a shell. */
const AT_LEAST_BEFORE = ['>=', '≥', '至少', '不少于', '不低于'];
const AT_MOST_BEFORE = ['<=', '≤', '至多', '不超过', '不多于', '不高于'];
/** Words written after the figure, as targets documents put them: 压减30%以上 (at least), 压缩至5个工作日以内 (at most). */
const AT_LEAST_AFTER = ['以上', '及以上'];
const AT_MOST_AFTER = ['以内', '以下', '及以下'];
/** Verbs of a cut ("压减30%"), a target on the cut, at least. */
const CUT_WORDS = '压减|压缩|减少|精简|降低|cut';
/** Verbs to a figure ("压缩至5个工作日"), a target on the figure after, at most unless 以上 follows. */
const TO_WORDS = '压减至|压缩至|减少至|精简至|降低至|减至|降至|控制在';

/** measure, verb (to or cut), sign before, figure, percent, unit, word after. */
const PATTERN = new RegExp(
  `^\\s*(?<name>.+?)\\s*(?:(?<to>${TO_WORDS})|(?<cut>${CUT_WORDS}))?\\s*(?<before>${[...AT_LEAST_BEFORE, ...AT_MOST_BEFORE].join('|')})?` +
    `\\s*(?<value>\\d+(?:\\.\\d+)?)\\s*(?<percent>%)?\\s*(?:个工作日|工作日|天|份|次|个|项|张|元|days?)?\\s*(?<after>${[...AT_LEAST_AFTER, ...AT_MOST_AFTER].join('|')})?\\s*$`,
  'i',
);

/** Largest figure a target may name: no measure of a procedure or bundle comes near it (fees are at most 10^8 yuan a fee). */
export const MAX_TARGET_VALUE = 1_000_000_000_000;

/**
 * Reads a target, in symbols or in the words of a targets document: "材料压减>=30%" or "材料压减30%以上"
 * (cut in percent at least), "材料压减>=10" or "材料压减10份以上" (cut at least), "跑动<=1" or "跑动次数
 * 压减至1次以内" (after at most), "承诺时限≤5工作日". Full-width digits and signs read as their ASCII
 * forms. A cut without a direction ("材料压减30%") is at least, a figure to reach ("压缩至5个工作日")
 * at most; a bare figure ("跑动1次") says neither and is not read. Returns a message key on failure:
 * a cut at most, a cut in percent above 100 (never met), a figure above MAX_TARGET_VALUE.
 */
export function parseTarget(text: string): { ok: true; target: Target } | { ok: false; problem: TargetProblem } {
  const groups = PATTERN.exec(text.normalize('NFKC'))?.groups;
  if (!groups) return { ok: false, problem: 'syntax' };
  const { name, to, cut, before, percent, after } = groups;
  const measure = MEASURE_NAMES.find(([word]) => word.toLowerCase() === name!.toLowerCase())?.[1];
  if (!measure) return { ok: false, problem: 'measure' };
  // The direction: written before the figure or after it (both only when they agree: >=30%以上), else
  // what the verb implies.
  if ((before && after && AT_LEAST_BEFORE.includes(before) !== AT_LEAST_AFTER.includes(after)) || (!before && !after && !to && !cut) || (to && percent)) {
    return { ok: false, problem: 'syntax' };
  }
  const atLeast = before ? AT_LEAST_BEFORE.includes(before) : after ? AT_LEAST_AFTER.includes(after) : !to;
  const value = Number(groups.value);
  if (percent ? value > 100 : !(value <= MAX_TARGET_VALUE)) return { ok: false, problem: percent ? 'over-100' : 'too-large' };
  let op: Target['op'];
  if (to) {
    op = atLeast ? 'after>=' : 'after<=';
  } else if (percent) {
    if (!atLeast) return { ok: false, problem: 'percent' };
    op = 'cutPercent>=';
  } else if (cut) {
    if (!atLeast) return { ok: false, problem: 'percent' };
    op = 'cut>=';
  } else {
    op = atLeast ? 'after>=' : 'after<=';
  }
  return { ok: true, target: { text: text.trim(), measure, op, value } };
}

/** The names a target may use for measures, for help and error hints. */
export function targetMeasureNames(): string[] {
  return MEASURE_NAMES.map(([word]) => word).filter((w) => /[\u4e00-\u9fff]/.test(w));
}

/** Why a target could not be read, for messages (worded in the vocabulary's TARGET_PROBLEMS). */
export type { TargetProblem };

/** The name of the targets file beside a pair's after version, which `report`, `view` and `web:data` read. */
export const TARGETS_FILE_NAME = 'targets.yaml';

/** True for a targets file, which every load stage reads as targets rather than as a procedure or bundle. */
export function isTargetsFile(file: string): boolean {
  return basename(file) === TARGETS_FILE_NAME;
}

/** Reads a targets file: `targets:` a list of target strings. Problems are located in the file. */
export function loadTargetsFile(file: string): { targets: Target[]; diagnostics: Diagnostic[] } {
  const parse = readYaml(file);
  if (!parse.ok) return { targets: [], diagnostics: parse.diagnostics };
  const schemaProblems = validateSchema(file, parse.parsed, 'targets');
  if (hasErrors(schemaProblems)) return { targets: [], diagnostics: schemaProblems };
  const texts = (parse.parsed.value as { targets: string[] }).targets;
  const targets: Target[] = [];
  const diagnostics: Diagnostic[] = [];
  texts.forEach((text, i) => {
    const read = parseTarget(text);
    if (read.ok) targets.push(read.target);
    else diagnostics.push(createDiagnostic('target-invalid', file, spanOf(parse.parsed, ['targets', i]), { target: text, problem: read.problem, names: targetMeasureNames().join('、') }));
  });
  return { targets, diagnostics };
}
