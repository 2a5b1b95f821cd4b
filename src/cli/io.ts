/** What a command may touch of the outside world, so tests can run the CLI as a plain function. */
import { toTerminalText } from '../report/terminal-text.js';

/** Where a command writes and what it sees. */
export interface IO {
  /** Writes to standard output (text ends lines itself). */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** Folder that relative paths start from. */
  cwd: string;
  /** Standard error when it is an interactive terminal (for a progress bar); absent otherwise. */
  errTTY?: NodeJS.WriteStream;
  /** Calls `stop` on Ctrl-C (SIGINT) instead of ending the process, until the returned function is called. */
  onInterrupt?: (stop: () => void) => () => void;
  /**
   * Resolves once standard output has taken what was written to it (a pipe whose reader is slower than
   * wujian, `| jq`): a long output printed in pieces waits for it, so it is never held whole. Absent when
   * there is nothing to wait for.
   */
  drained?: () => Promise<void>;
}

/** Named exit codes. */
export const Exit = {
  /** Everything checked is valid (warnings allowed). */
  OK: 0,
  /** Some input has an error. */
  INVALID: 1,
  /** The command line itself is wrong. */
  USAGE: 2,
  /** `compare`: every input is valid but some reform target is not met (未达标). */
  TARGET_MISSED: 3,
  /** wujian itself failed (a bug, not the user's input): EX_SOFTWARE of sysexits.h. */
  INTERNAL: 70,
  /** Stopped by Ctrl-C after printing what was done (128 + SIGINT, as shells report it). */
  INTERRUPTED: 130,
} as const;

/** One of the exit codes. */
export type ExitCode = (typeof Exit)[keyof typeof Exit];

/** The IO of the real process: standard output and error through toTerminalText, Ctrl-C as an interrupt. */
export function createProcessIO(): IO {
  return {
    out: (text) => void process.stdout.write(toTerminalText(text)),
    err: (text) => void process.stderr.write(toTerminalText(text)),
    cwd: process.cwd(),
    errTTY: process.stderr.isTTY ? process.stderr : undefined,
    onInterrupt: (stop) => {
      process.on('SIGINT', stop);
      return () => process.off('SIGINT', stop);
    },
    drained: () => drained(process.stdout),
  };
}

/** Resolves when `stream` needs no draining, has drained, or has ended (closed or failed: bin.ts ends quietly on EPIPE). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ENDS) stream.off(event, done);
      resolve();
    };
    for (const event of ENDS) stream.once(event, done);
  });
}

/** What ends a wait for a stream to drain. */
const ENDS = ['drain', 'close', 'error'] as const;

/** An IO that collects output in strings, for tests and for callers that want the text. */
export function createMemoryIO(cwd = process.cwd()): IO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    cwd,
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}
