/** Turning what the user typed (files, folders, globs) into the list of YAML files to read. */
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
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

/**
 * A file name as the user sees it: relative to the working folder `cwd`, unless that climbs more than
 * three folders up (then the absolute name reads better). Reports carry these names too, so a report
 * handed to others does not reveal where its files sat on the author's disk.
 * @example displayPath({ cwd: '/work/x' }, '/work/x/processes/a.yaml') // 'processes/a.yaml'
 */
export function displayPath(from: { cwd: string }, file: string): string {
  if (!file) return file;
  const rel = relative(from.cwd, file);
  return rel.startsWith('..') && rel.split(sep).length > 4 ? file : rel || '.';
}

/** A diagnostic with its file named as the user sees it (displayPath), as every command shows it. */
export function displayDiagnostic(from: { cwd: string }, diagnostic: Diagnostic): Diagnostic {
  return { ...diagnostic, file: displayPath(from, diagnostic.file) };
}
