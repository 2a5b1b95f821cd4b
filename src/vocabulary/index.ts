/**
 * wujian's vocabulary: every domain word and the rules that belong to the words, once, for every
 * surface (terminal, Markdown, JSON, the web app, and Office files). One idea per file:
 *
 * - language.ts    Lang, Bilingual and Template, punctuation by language
 * - numbers.ts     how figures, percentages and money are written
 * - measures.ts    the measures (五减 and the figures beside them): names, chart names, units, target words
 * - ledger.ts      the ledger's kinds, changes and reasons
 * - reform-marks.ts  reform marks and the rule "is the material still prepared"
 * - submission.ts  how a bundle's materials are handed in, and how they are counted that way
 * - calendar.ts   holidays, where a year's working days come from, the words beside dates
 * - actors.ts, sources.ts, outcomes.ts, paths.ts, sides.ts, limits.ts, durations.ts, states.ts, online.ts
 *                  the other closed sets of words
 * - authoring.ts   what authors may write for each enumerated field of a file: a value's key, its
 *                  Chinese label, or one of the other spellings its entry lists (`also`)
 * - findings.ts    compliance findings: codes, typed values, sentences
 * - targets.ts     reform targets in words and their verdicts
 * - money.ts       the Standard Cost Model in words
 * - headline.ts    what a dashboard leads with, which measure rows it shows, merges or leaves out
 * - quantity.ts    a figure with its unit: thousands separated, the English singular for exactly one
 * - reform-rules.ts  the rules of `wujian suggest`: names, policy bases, what each changes, why one did not apply
 * - counting-rules.ts  the counting rules (口径) every figure names, and how a parallel stage counts as 环节
 *
 * A surface imports what it shows from here and adds only its own chrome (buttons, headings).
 */
export { ACTOR_KEYS, ACTORS, type Actor } from './actors.js';
export {
  AUTHORED, authoredKeys, fieldWords, readWord, wordsFor, writtenWord, type AuthoredField, type AuthoredKey,
} from './authoring.js';
export {
  DATE_WORDS, DAY_LISTS, HOLIDAY_KEYS, HOLIDAY_WITH_SPAN, HOLIDAYS, YEAR_SOURCE_KEYS, YEAR_SOURCES, type HolidayKey, type YearSource,
} from './calendar.js';
export {
  COUNTING_RULE_IDS, COUNTING_RULES, isDefaultRule, NOT_DEFAULT_RULE, ruleDescription, ruleName, STEP_COUNTINGS,
  STEP_COUNTING_WORDS, stepRule,
  type CountingRule, type CountingRuleId, type StepCounting,
} from './counting-rules.js';
export { DEPENDENCY_FROM, type DependencyFrom } from './dependencies.js';
export { DISTRIBUTIONS, DURATION_UNITS, type DurationDistribution, type DurationUnit } from './durations.js';
export { FINDING_SEVERITIES, FINDINGS, findingText, type ExceedsArgs, type Finding, type FindingArgs, type FindingCode, type FindingSeverity } from './findings.js';
export {
  capitalized, clauseSeparator, colon, comma, fill, fullStop, inBoth, labelled, LANG_TAGS, LANGS, listSeparator, paren, say, withUnit,
  type Bilingual, type Lang, type Spellings, type Template,
} from './language.js';
export {
  getDashboardLayout, getOmission, HEADLINE, HEADLINE_TIME, measureNames, MERGE_FAMILIES, MERGED_ROW, MERGED_RULE, OMISSIONS, OMITTED_ROWS,
  type DashboardLayout, type DashboardRow, type MeasureFigures, type RowOmission,
} from './headline.js';
export {
  CHANGE_EFFECTS, LEDGER_CHANGES, LEDGER_COLUMNS, LEDGER_KINDS, LEDGER_REASONS, REASON_EFFECTS, type ChangeEffect, type LedgerChange, type LedgerKind, type LedgerReason, type ReasonWords,
} from './ledger.js';
export {
  COUNTED_TIME, INSTANT, LIMIT_UNITS, limitText, limitWords, namedLimit, NOT_CONVERTED, notConverted, type DayUnit, type DayUnitWords, type LimitAsWritten, type LimitUnit,
} from './limits.js';
export { getMeasure, MEASURE_COLUMNS, MEASURE_KEYS, MEASURES, measureUnit, WORKING_DAYS, type MeasureKey, type MeasureWords } from './measures.js';
export { MONEY_FORMULA, MONEY_SETTINGS, MONEY_TOTALS, MONEY_UNIT, moneyAmount, moneyFigure, moneyText, NO_MONEY, type MoneyAmount } from './money.js';
export { grouped, millions, num, percent, percentFixed, roundHalfUp, shareFixed, wan } from './numbers.js';
export { CALENDAR_DAY_UNIT, CASE_UNIT, quantity, unitFor, WORKING_DAY_UNIT, workingDays, type CountUnit } from './quantity.js';
export { ONLINE_DEPTHS, type OnlineDepth } from './online.js';
export { OUTCOME_KEYS, OUTCOMES, OUTCOMES_HEADING, type Outcome } from './outcomes.js';
export { CRITICAL_PATH, PATHS, type PathName, type PathWords } from './paths.js';
export { CATALOGUE_RANKINGS, DRAFT_WORDS, PROOF_WORDS, REFORM_RULES, SUGGESTION_COLUMNS, RULE_KEYS, ruleAction, ruleMissText, type RuleAction, type RuleActionOf, type RuleKey, type RuleMiss, type RuleMisses, type RuleWords } from './reform-rules.js';
export { isPreparedMark, REFORM_MARK_KEYS, REFORM_MARKS, type ReformMark, type ReformMarkWords } from './reform-marks.js';
export { SIDES, type SideName } from './sides.js';
export { STATE_TYPES, type StateType } from './states.js';
export { MATERIAL_SOURCE_KEYS, MATERIAL_SOURCES, type MaterialSource } from './sources.js';
export { SUBMISSIONS, type Submission, type SubmissionWords } from './submission.js';
export { TARGET_PROBLEMS, targetActual, targetCondition, targetGoal, VERDICTS, type TargetOp, type TargetProblem } from './targets.js';
