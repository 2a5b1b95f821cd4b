/** `wujian view [folder]`: the dashboard of every before/after pair, served on 127.0.0.1. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Exit, type ExitCode } from '../io.js';
import { say } from '../messages.js';
import { startServer } from '../server.js';
import type { CommandContext } from '../table/types.js';
import { DEFAULT_VIEW_FOLDER, type viewOptions } from '../table/view.js';
import { APP_BUILD, prepareBuild } from '../web-build.js';
import { prepareDating } from '../calendar.js';
import { buildCases, buildCatalogue, loadPairs } from './cases.js';

/** Runs `wujian view`: load and pair → cases and the catalogue of opportunities → print each pair's summary and the URL → serve until stopped. */
export async function run(context: CommandContext<typeof viewOptions>): Promise<ExitCode> {
  const { values, positionals, lang, io } = context;
  const dating = prepareDating(context);
  if (typeof dating === 'number') return dating;
  const folder = positionals[0] ?? DEFAULT_VIEW_FOLDER;
  if (!existsSync(resolve(io.cwd, folder))) {
    io.err(say(lang, 'folderNotFound', { folder }));
    return Exit.INVALID;
  }
  const { pairs, files, failed } = loadPairs([folder], lang, io);
  if (pairs.length === 0) io.err(say(lang, 'noPairs', { folders: folder }));
  if (failed || pairs.length === 0) return Exit.INVALID;
  const built = await buildCases(pairs, lang, io, dating);
  if (!built) return Exit.INVALID;
  built.document.catalogue = buildCatalogue(files, io);
  for (const line of [...built.summaries, ...built.dateLines]) io.out(`${line}\n`);
  if (!(await prepareBuild(APP_BUILD, lang, io))) return Exit.INVALID;

  let server;
  try {
    server = await startServer({ root: APP_BUILD.outDir, casesJson: JSON.stringify(built.document), port: values.port });
  } catch (error) {
    io.err(say(lang, 'cannotServe', { port: values.port, code: (error as NodeJS.ErrnoException).code ?? 'EIO' }));
    return Exit.INVALID;
  }
  io.out(say(lang, 'serving', { url: server.url }));
  await waitForStop();
  await server.close();
  return Exit.OK;
}

/** Resolves on Ctrl-C or SIGTERM. */
function waitForStop(): Promise<void> {
  return new Promise((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
