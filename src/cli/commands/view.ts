/**
 * `wujian view [folder]`: the dashboard of every before/after pair, served on 127.0.0.1, following
 * the folder: when a YAML file in it changes the cases are built again and the open page fetches them
 * (web/src/follow.ts); a file left invalid keeps the last good cases and shows its located problems.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { hasErrors } from '../../model/diagnostic.js';
import type { Lang } from '../../model/types.js';
import { startLayoutPool, type LayoutPool } from '../../report/diagram/pool.js';
import { LANG_TAGS } from '../../vocabulary/index.js';
import type { Dating } from '../calendar.js';
import { describeInputError } from '../input-error.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { say } from '../messages.js';
import { startServer, type RunningServer } from '../server.js';
import type { CommandContext } from '../table/types.js';
import { DEFAULT_VIEW_FOLDER, type viewOptions } from '../table/view.js';
import { watchYaml } from '../watch.js';
import { APP_BUILD, prepareBuild } from '../web-build.js';
import { prepareDating } from '../calendar.js';
import { buildCases, buildCatalogue, loadPairs, type BuiltCases } from './cases.js';

/** Runs `wujian view`: load and pair → cases and the catalogue of opportunities → print each pair's summary and the URL → serve, following the folder, until stopped. */
export async function run(context: CommandContext<typeof viewOptions>): Promise<ExitCode> {
  const { positionals, lang, io } = context;
  const dating = prepareDating(context);
  if (typeof dating === 'number') return dating;
  const folder = positionals[0] ?? DEFAULT_VIEW_FOLDER;
  if (!existsSync(resolve(io.cwd, folder))) {
    io.err(say(lang, 'folderNotFound', { folder }));
    return Exit.INVALID;
  }
  // The diagrams are laid out in a worker thread beside the simulations, the same one for every
  // reload: its elkjs stays loaded while the folder is followed.
  const layouts = startLayoutPool();
  try {
    return await serve(context, folder, dating, layouts);
  } finally {
    await layouts.close();
  }
}

/** Builds the cases of `folder` and serves them, following the folder, until stopped. */
async function serve({ values, lang, io }: CommandContext<typeof viewOptions>, folder: string, dating: Partial<Dating>, layouts: LayoutPool): Promise<ExitCode> {
  const build = (noted: IO) => buildFolder(folder, lang, noted, dating, layouts);
  const built = await build(io);
  if (!built) return Exit.INVALID;
  for (const line of [...built.summaries, ...built.dateLines]) io.out(`${line}\n`);
  if (!(await prepareBuild(APP_BUILD, lang, io))) return Exit.INVALID;

  let server: RunningServer;
  try {
    server = await startServer({ root: APP_BUILD.outDir, casesJson: JSON.stringify(built.document), port: values.port, langTag: LANG_TAGS[lang] });
  } catch (error) {
    io.err(say(lang, 'cannotServe', { port: values.port, code: (error as NodeJS.ErrnoException).code ?? 'EIO' }));
    return Exit.INVALID;
  }
  io.out(say(lang, 'serving', { url: server.url }));
  const stopWatching = watchYaml(resolve(io.cwd, folder), () => reload(server, build, lang, io));
  await waitForStop();
  stopWatching();
  await server.close();
  return Exit.OK;
}

/** Loads and pairs `folder`, builds its cases (laid out in `layouts`) and the catalogue; problems are printed and the result is then undefined. */
async function buildFolder(folder: string, lang: Lang, io: IO, dating: Partial<Dating>, layouts: LayoutPool): Promise<BuiltCases | undefined> {
  const { pairs, files, failed } = loadPairs([folder], lang, io);
  // A folder with a file in error is told what to fix (printed above), not that it holds no pair.
  if (pairs.length === 0 && !files.some((f) => hasErrors(f.diagnostics))) io.err(say(lang, 'noPairs', { folders: folder }));
  if (failed || pairs.length === 0) return undefined;
  const built = await buildCases(pairs, lang, io, dating, layouts);
  if (built) built.document.catalogue = await buildCatalogue(files, io);
  return built;
}

/**
 * Builds the folder again (`build`) after an edit and serves the result; on problems, prints them as
 * at the start and hands the same text to the page, which keeps the last good cases (never ends the
 * server).
 */
async function reload(server: RunningServer, build: (io: IO) => Promise<BuiltCases | undefined>, lang: Lang, io: IO): Promise<void> {
  const problems: string[] = [];
  const noted: IO = { ...io, err: (text) => (problems.push(text), io.err(text)) };
  let built: BuiltCases | undefined;
  try {
    built = await build(noted);
  } catch (error) {
    noted.err(describeInputError(error, lang) ?? `${(error as Error).message}\n`);
  }
  if (built) {
    server.update({ casesJson: JSON.stringify(built.document), problems: null });
    io.out(say(lang, 'reloaded'));
  } else {
    server.update({ problems: problems.join('').trim() });
    io.err(say(lang, 'reloadFailed'));
  }
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
