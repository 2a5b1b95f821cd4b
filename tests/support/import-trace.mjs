// A module hook for tests/cli/startup.test.ts: appends the URL of every module Node loads to the file
// named by WUJIAN_IMPORT_TRACE, so a test can say what `wujian --version` loads (node --import this):
// ES modules through a load hook, and CommonJS modules, which a package may require (yaml-lib.ts),
// through the CommonJS loader.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (process.env.WUJIAN_IMPORT_TRACE) appendFileSync(process.env.WUJIAN_IMPORT_TRACE, url + '\\n');
  return next(url, context);
}`),
);

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (process.env.WUJIAN_IMPORT_TRACE && !Module.isBuiltin(request)) {
    try {
      appendFileSync(process.env.WUJIAN_IMPORT_TRACE, pathToFileURL(Module._resolveFilename(request, parent, isMain)).href + '\n');
    } catch {
      // Not found: the load below says so.
    }
  }
  return load.apply(this, arguments);
};
