/** Turning what the user typed (files, folders, globs) into the list of YAML files to read. */
import { statSync } from 'node:fs';
import { isDynamicPattern, globSync } from 'tinyglobby';
import { createDiagnostic, type Diagnostic } from './diagnostic.js';

/** YAML files found, and problems with arguments that named none. */
export interface FileList {
  files: string[];
  diagnostics: Diagnostic[];
}

const YAML = /\.ya?ml$/i;

/** Expands each argument: a file is kept, a folder is searched recursively, a glob is matched. */
export function findYamlFiles(args: readonly string[]): FileList {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const arg of args) {
    let found: string[];
    if (isDynamicPattern(arg)) {
      found = globSync(arg, { ignore: ['**/node_modules/**'] }).filter((f) => YAML.test(f));
    } else {
      let stat;
      try {
        stat = statSync(arg);
      } catch {
        diagnostics.push(createDiagnostic('file-not-found', arg, undefined, { reason: 'ENOENT' }));
        continue;
      }
      found = stat.isDirectory()
        ? globSync('**/*.{yaml,yml}', { cwd: arg, ignore: ['**/node_modules/**'] }).map((f) => joinPath(arg, f))
        : [arg];
    }
    if (found.length === 0) diagnostics.push(createDiagnostic('no-yaml-files', arg, undefined, { arg }));
    files.push(...found.sort());
  }
  return { files: [...new Set(files)], diagnostics };
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
