// A module hook for tests/cli/startup.test.ts: appends the URL of every module Node loads to the file
// named by WUJIAN_IMPORT_TRACE, so a test can say what `wujian --version` loads (node --import this).
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (process.env.WUJIAN_IMPORT_TRACE) appendFileSync(process.env.WUJIAN_IMPORT_TRACE, url + '\\n');
  return next(url, context);
}`),
);
