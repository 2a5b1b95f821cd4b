/** What a catalogue check is asked, and what the workers among its threads are asked and answer. */
import type { CalendarFile } from '../model/calendar/types.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Document, Lang } from '../model/types.js';
import type { StepCounting } from '../vocabulary/index.js';
import type { ProcedureAnalysis } from '../analysis/types.js';

/** What to do with each file. */
export interface CatalogueOptions {
  /** Analyse each valid procedure (analyzeProcedure). */
  analyze?: boolean;
  /** Date of application for the analyses' finish dates (YYYY-MM-DD). */
  startDate?: string;
  /** The user's calendar files (WorkCalendar.files) the analyses count on; the official calendar alone when absent. */
  calendar?: readonly CalendarFile[];
  /** How parallel blocks count as 环节, overriding the files (the command line's --step-counting). */
  stepCounting?: StepCounting;
  /** Give each document too (a worker's copy costs about 0.25 ms a procedure to move between threads). */
  documents?: boolean;
  /** Give, for each valid file, its one-line summary in this language (what `validate` prints after ✓). */
  summaries?: Lang;
  /** Threads that check files, this one included (1: this thread alone); the machine's available parallelism by default. */
  threads?: number;
}

/** One file of a catalogue, validated on its own and, a valid procedure, analysed. */
export interface CatalogueEntry {
  /** The file as given. */
  file: string;
  /** procedure or bundle, when the file is valid. */
  kind?: Document['kind'];
  /** The document's id, when the file is valid. */
  id?: string;
  /** The document, when asked for and the file is valid. */
  document?: Document;
  /** A holiday calendar or the project settings (wujian.yaml), which is no document. */
  other?: 'calendar' | 'settings';
  /** The one-line summary of a file with no error, when asked for (options.summaries). */
  summary?: string;
  /** Problems of the file on its own (a bundle's checks against other files are the caller's). */
  diagnostics: Diagnostic[];
  /** The analysis, when asked for and the file is a valid procedure. */
  analysis?: ProcedureAnalysis;
}

/** A batch of files for a worker. */
export interface CatalogueTask {
  /** The index of its first file in the whole list, echoed in the answer. */
  id: number;
  /** Files to check. */
  files: string[];
  /** What to do with them. */
  options: Omit<CatalogueOptions, 'threads'>;
}

/** A worker's answer to a task: the entries in the order of its files, or the error that stopped it. */
export type CatalogueAnswer = { id: number; entries: CatalogueEntry[] } | { id: number; error: { name: string; message: string; [figure: string]: unknown } };
