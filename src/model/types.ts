/**
 * The procedure model: what a validated YAML file means, with every default applied.
 * The authored shape lives in schemas/procedure.schema.json; this is the shape the rest of wujian reads.
 */

/** A path into the YAML data: property names and array indices. */
export type DataPath = ReadonlyArray<string | number>;

// The closed sets of words (languages, actors, sources, reform marks, outcomes, units, distributions,
// online depths, how a parallel block counts as 环节) live in the vocabulary.
export type { Actor, DayUnit, DurationDistribution, Lang, MaterialSource, OnlineDepth, Outcome, ReformMark, StepCounting } from '../vocabulary/index.js';
import type { Actor, DayUnit, DependencyFrom, DurationDistribution, MaterialSource, OnlineDepth, Outcome, ReformMark, StepCounting } from '../vocabulary/index.js';

/** A time limit (办结时限) in days. */
export interface Limit {
  /** Number of days; 0 for 即办. */
  days: number;
  /** Working days (工作日) or calendar days (自然日). */
  unit: DayUnit;
  /** True when the limit is 即办 (handled on the spot). */
  instant: boolean;
}

/** A fee (收费项目). */
export interface Fee {
  /** Name of the fee. */
  name: string;
  /** Amount in yuan. */
  amount: number;
  /** Document that sets the fee. */
  basis?: string;
}

/** A material (申请材料). */
export interface Material {
  /** Identifier steps use to refer to it. */
  id: string;
  /** Name as in the service guide. */
  name: string;
  /** Where it comes from. */
  source: MaterialSource;
  /** 原件, 复印件 or 电子. */
  form: '原件' | '复印件' | '电子';
  /** Copies to hand in. */
  copies: number;
  /** 必要, 容缺 or 条件性. */
  necessity: '必要' | '容缺' | '条件性';
  /** When a conditional material is needed. */
  condition?: string;
  /** Reform mark in a reformed version. */
  reform?: ReformMark;
  /** With reform: merged, the material it was merged into: an id of this file, or "item/material" in a bundle. */
  into?: string;
  /** Notes for the applicant. */
  note?: string;
  /** Fields to fill in, when the material is a form (表单) the applicant fills in. */
  fields?: number;
  /** Where the material sits in the YAML data, for diagnostics. */
  path: DataPath;
}

/** A duration as min/mode/max working days (a fixed duration has all three equal). */
export interface Duration {
  /** Shortest, in working days (for lognormal: the lower bound, default 0). */
  min: number;
  /** Most likely, in working days (for lognormal: the median). */
  mode: number;
  /** Longest, in working days (for lognormal: the 95th percentile, not a bound). */
  max: number;
  /**
   * How a simulation draws it: fixed (always `mode`), uniform on [min, max], triangular on min/mode/max,
   * or lognormal with `mode` as the median and `max` as the 95th percentile, raised to `min`. Exact
   * analysis reads min/mode/max only.
   */
  distribution: DurationDistribution;
}

/** A transition out of a step, fired by an event. */
export interface Transition {
  /** Event name, e.g. SUBMIT. */
  event: string;
  /** Id of the target state within the same region. */
  target: string;
  /** Probability, with unset ones sharing what is left (so a step's transitions sum to 1). */
  p: number;
  /** True when the author gave p explicitly. */
  pGiven: boolean;
  /** Bound on how often the transition may fire (correction loops), if any. */
  max?: number;
  /** A label for people. */
  label?: string;
  /** Where the transition sits in the YAML data, for diagnostics. */
  path: DataPath;
}

/** Fields every state has. */
interface StateBase {
  /** State id, unique within its region. */
  id: string;
  /** Dotted path of region ids and this id from the root, e.g. "review.fire.check". */
  key: string;
  /** Name for people. */
  name: string;
  /** Optional note. */
  note?: string;
  /** Where the state sits in the YAML data, for diagnostics. */
  path: DataPath;
}

/** An ordinary handling step (环节). */
export interface StepState extends StateBase {
  type: 'step';
  /** Step category (受理, 审查, 专家评审 …), if given. */
  kind?: string;
  /** Who does it. */
  actor: Actor;
  /** Department(s) that handle it, as written (a list joined by "、"), for display. */
  department?: string;
  /** Each department it names, one entry per department (`department:` as a list, or one text). */
  departments: string[];
  /** Ids of materials handed in at this step. */
  materials: string[];
  /** How long it takes. */
  duration: Duration;
  /** Whether its time counts toward the statutory limit (Art. 45). */
  counts: boolean;
  /** Trips the applicant makes in person. */
  trips: number;
  /** Fees charged at this step. */
  fees: Fee[];
  /** Steps of the former version this step merges: "step" or "item/step". */
  merges: string[];
  /** A step counting rule written on an ordinary step (an error: it belongs on a parallel block). */
  stepCounting?: StepCounting;
  /** Outgoing transitions. */
  transitions: Transition[];
}

/** A parallel block (并联审批): its regions run together and join when all finish. */
export interface ParallelState extends StateBase {
  type: 'parallel';
  /** The branches. */
  regions: Region[];
  /** State entered after the join. */
  onDone: string;
  /** How this block counts as 环节, when it says (else the procedure's rule). */
  stepCounting?: StepCounting;
}

/** An end state. */
export interface FinalState extends StateBase {
  type: 'final';
  /** Outcome; absent at the end of a parallel region. */
  outcome?: Outcome;
}

/** Any state of a process. */
export type State = StepState | ParallelState | FinalState;

/** A state machine: the whole process, or one branch of a parallel block. */
export interface Region {
  /** Region id ("" for the root). */
  id: string;
  /** Dotted key of the region ("" for the root). */
  key: string;
  /** Name for people. */
  name?: string;
  /** Id of the first state. */
  initial: string;
  /**
   * Shared correction budget (maxCorrections): the bounded transitions of this region together fire at
   * most this often in one case (一次性告知: 1). A parallel branch has its own, if it gives one.
   */
  maxCorrections?: number;
  /** States in authored order. */
  states: Map<string, State>;
  /** Where the region sits in the YAML data, for diagnostics. */
  path: DataPath;
}

/** The item's version (改革前 / 改革后). */
export interface Version {
  /** Label, e.g. 改革前. */
  label: string;
  /** Date it applies from, YYYY-MM-DD. */
  date?: string;
  /** Measures or sources. */
  note?: string;
}

/** One version of an approval item, validated and normalised. */
export interface Procedure {
  kind: 'procedure';
  /** The file it was read from. */
  file: string;
  /** Item id shared by its versions. */
  id: string;
  /** Item name. */
  name: string;
  /** 事项编码. */
  code?: string;
  /** 事项类型. */
  type?: string;
  /** 行使层级. */
  level?: string;
  /** 实施主体, as written (a list joined by "、"), for display. */
  department?: string;
  /** Each department of 实施主体, one entry per department. */
  departments: string[];
  /** 设定依据. */
  basis: string[];
  /** Which version this is. */
  version: Version;
  /** 法定 and 承诺 limits. */
  limits: { statutory?: Limit; committed?: Limit };
  /** 即办件 or 承诺件. */
  handling?: '即办件' | '承诺件';
  /** 网办深度. */
  online?: OnlineDepth;
  /** Item-level fees. */
  fees: Fee[];
  /** 年办件量. */
  volume?: number;
  /** Ids of former items this item merges (一件事 merged into one procedure). */
  merges: string[];
  /** How its parallel blocks count as 环节, when the file says (else the default, stage). */
  stepCounting?: StepCounting;
  /** Note. */
  note?: string;
  /** Materials by id, in authored order. */
  materials: Map<string, Material>;
  /** The process. */
  process: Region;
}

/**
 * An item's dependency on another: it starts `lag` working days after the other finishes (finish,
 * the default: 串联), or after the other starts (start: the two overlap, 交叉办理).
 */
export interface Dependency {
  /** Id of the item depended on. */
  item: string;
  /** finish: after the other finishes; start: after the other starts. */
  from: DependencyFrom;
  /** Working days after that. */
  lag: number;
}

/** One item of a bundle. */
export interface BundleItem {
  /** Item id (given, or read from the file at `path`). */
  id?: string;
  /** The item's file as written (`path:` in YAML), relative to the bundle file. */
  file?: string;
  /** Ids of the items it depends on (finish first, or start first when its dependency says so). */
  after: string[];
  /** Each dependency in full, in the order `after:` lists them. */
  dependencies: Dependency[];
  /** Note. */
  note?: string;
  /** Where the item sits in the YAML data, for diagnostics. */
  path: DataPath;
}

/** A bundle (一件事) of several items. */
export interface Bundle {
  kind: 'bundle';
  /** The file it was read from. */
  file: string;
  /** Bundle id. */
  id: string;
  /** Bundle name. */
  name: string;
  /** Version, if given. */
  version?: Version;
  /** 分别提交 (separate) or 一次提交 (once). */
  submission: 'separate' | 'once';
  /** The items. */
  items: BundleItem[];
  /** The bundle's own whole-process limits (一件事整体办结时限), when it declares them. */
  limits?: { statutory?: Limit; committed?: Limit };
  /** Groups of "item/material" declared to be one document (handed in once under 一次提交). */
  sameMaterials: string[][];
  /** Note. */
  note?: string;
}

/** Anything a YAML file in processes/ can hold. */
export type Document = Procedure | Bundle;
