/**
 * Errors thrown deep in a computation that are the input's problem, not wujian's: durations whose
 * working days end after the last date a calendar writes (DateBeyondCalendarError). Worded here for
 * the command that met one, whether thrown in this thread or rebuilt from a worker's answer (its name
 * and figures kept); anything else is a bug (internal-error.ts).
 */
import type { Lang } from '../vocabulary/index.js';
import { say } from './messages.js';

/** The sentence for an input's error, or undefined for any other error. */
export function describeInputError(error: unknown, lang: Lang): string | undefined {
  if (!(error instanceof Error) || error.name !== 'DateBeyondCalendarError') return undefined;
  const { start, days } = error as Error & { start?: unknown; days?: unknown };
  return typeof start === 'string' && typeof days === 'number' ? say(lang, 'dateBeyondCalendar', { start, days }) : undefined;
}
