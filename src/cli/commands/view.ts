/** `wujian view [folder]`: the dashboard of every before/after pair, served on 127.0.0.1. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../../model/types.js';
import type { DateOptions } from '../calendar.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { findPairs } from '../pairs.js';
import { startServer } from '../server.js';
import { APP_BUILD, prepareBuild } from '../web-build.js';
import { buildCases } from './cases.js';

/** Options of `view`. */
export interface ViewCommandOptions extends DateOptions {
  /** Language of the messages. */
  lang: Lang;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Stops the server when aborted; without it the server runs until Ctrl-C. */
  signal?: AbortSignal;
}

/** The folder `view` shows when none is given. */
export const DEFAULT_VIEW_FOLDER = 'processes';

/** The port `view` listens on when --port is not given. */
export const DEFAULT_PORT = 5178;

/** Runs `wujian view`: prints each pair's comparison summary and the URL, then serves until stopped. */
export async function viewCommand(folder: string, options: ViewCommandOptions, io: IO): Promise<ExitCode> {
  const { lang } = options;
  const zh = lang === 'zh';
  if (!existsSync(resolve(io.cwd, folder))) {
    io.err(zh ? `错误：找不到文件夹 ${folder}\n  提示：路径相对于当前所在的文件夹；不给出文件夹时展示 processes/。\n` : `error: folder ${folder} not found\n  hint: paths are relative to the current folder; without one, processes/ is shown.\n`);
    return Exit.INVALID;
  }
  const pairs = findPairs(resolve(io.cwd, folder), io.cwd);
  if (pairs.length === 0) {
    io.err(zh
      ? `错误：${folder} 中没有找到改革前后成对的文件\n  提示：每个事项一个文件夹，内有 before.yaml 和 after.yaml，例如 processes/food-business-licence/。\n`
      : `error: no before/after pairs found in ${folder}\n  hint: give each item a folder holding before.yaml and after.yaml, like processes/food-business-licence/.\n`);
    return Exit.INVALID;
  }
  const built = await buildCases(pairs, lang, io, options);
  if (!built) return Exit.INVALID;
  for (const line of [...built.summaries, ...built.dateLines]) io.out(`${line}\n`);
  if (!(await prepareBuild(APP_BUILD, lang, io))) return Exit.INVALID;

  let server;
  try {
    server = await startServer({ root: APP_BUILD.outDir, casesJson: JSON.stringify(built.document), port: options.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    io.err(zh
      ? `错误：无法在 127.0.0.1:${options.port} 上启动服务（${code}）\n  提示：换一个端口，例如 --port 0 自动选择空闲端口。\n`
      : `error: cannot serve on 127.0.0.1:${options.port} (${code})\n  hint: choose another port, e.g. --port 0 for any free one.\n`);
    return Exit.INVALID;
  }
  io.out(zh ? `\n五减对比看板：${server.url}\n（只在本机可访问；按 Ctrl+C 停止）\n` : `\nDashboard: ${server.url}\n(this computer only; press Ctrl+C to stop)\n`);
  await waitForStop(options.signal);
  await server.close();
  return Exit.OK;
}

/** Resolves on `signal`'s abort, or on Ctrl-C / SIGTERM when no signal is given. */
function waitForStop(signal?: AbortSignal): Promise<void> {
  return new Promise((resolveStop) => {
    if (signal) {
      if (signal.aborted) resolveStop();
      else signal.addEventListener('abort', () => resolveStop(), { once: true });
      return;
    }
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
