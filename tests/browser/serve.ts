/**
 * `wujian view --port 0` as a user starts it, for the browser tests, the screenshots and the pages
 * bench: it resolves once the server prints its URL, and stops as Ctrl-C stops it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** A running `wujian view`. */
export interface RunningView {
  /** The process. */
  child: ChildProcess;
  /** The address it serves, http://127.0.0.1:port/. */
  url: string;
  /** Everything it printed to standard output so far. */
  printed: () => string;
  /** Stops it as Ctrl-C would; resolves with its exit code. */
  stop: () => Promise<number | null>;
}

/**
 * Starts `wujian view --port 0` in the repository and resolves once it serves. `cli` is the executable:
 * bin/wujian.js (the sources, through tsx, in a clone) unless told otherwise (the pages bench runs the
 * built package's dist/cli/bin.js); `args` are added to the command line (a folder, --lang en).
 */
export function startView(cli = join(ROOT, 'bin', 'wujian.js'), args: readonly string[] = []): Promise<RunningView> {
  const child = spawn(process.execPath, [cli, 'view', '--port', '0', ...args], { cwd: ROOT });
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk) => (err += chunk));
  const stop = () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.removeAllListeners('exit');
      child.on('exit', (code) => resolve(code));
      child.kill('SIGINT');
    });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      if (url) resolve({ child, url, printed: () => out, stop });
    });
    child.on('exit', (code) => reject(new Error(`wujian view exited with ${code}: ${err}`)));
  });
}
