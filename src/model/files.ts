/** Turning what the user typed (files, folders, globs) into the list of YAML files to read. */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, relative, sep } from 'node:path';
import type * as Glob from 'tinyglobby';
import { createDiagnostic, type Diagnostic } from './diagnostic.js';

/** YAML files found, and problems with arguments that named none. */
export interface FileList {
  files: string[];
  diagnostics: Diagnostic[];
}

const YAML = /\.ya?ml$/i;
/** The characters without which an argument is no glob (picomatch's scan, which tinyglobby asks, finds none). */
const GLOB_CHARS = /[*?[\]{}()!]/;
/** The glob characters a file's name seldom holds: an argument with none of them that names nothing is a missing file. */
const WILDCARDS = /[*?[\]{}]/;

/** True when `arg` is a glob; an argument with none of GLOB_CHARS is taken as a path without loading tinyglobby. */
export function isGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg) && globLib().isDynamicPattern(arg);
}

let glob: typeof Glob | undefined;

/**
 * tinyglobby, loaded the first time a folder is searched or an argument may be a glob: about 20 ms
 * that `validate` of a named file does without.
 */
function globLib(): typeof Glob {
  glob ??= createRequire(import.meta.url)('tinyglobby') as typeof Glob;
  return glob;
}

/**
 * Expands each argument: a file is kept, a folder is searched recursively, a glob is matched. A path
 * that exists is taken as written even when its name holds glob characters, as 食品经营许可(新办).yaml
 * does; only an argument that names nothing is matched as a glob. Each file is listed once (once()).
 */
export function findYamlFiles(args: readonly string[]): FileList {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const arg of args) {
    const stat = statOrUndefined(arg);
    let found: string[];
    if (stat?.isDirectory()) found = searchFolder(arg);
    else if (stat) found = [arg];
    else {
      found = isGlob(arg) ? matchGlob(arg) : [];
      // Nothing matched an argument with no wildcard (at most parentheses or "!", as names hold): a missing file.
      if (found.length === 0 && !WILDCARDS.test(arg)) {
        diagnostics.push(createDiagnostic('file-not-found', arg, undefined, { reason: 'ENOENT' }));
        continue;
      }
    }
    if (found.length === 0) diagnostics.push(createDiagnostic('no-yaml-files', arg, undefined, { arg }));
    files.push(...found.sort());
  }
  return { files: once(files), diagnostics };
}

/** What a folder search or a glob passes over. */
const IGNORED = ['**/node_modules/**'];

/** The YAML files under `dir` and its subfolders, named from `dir`. */
function searchFolder(dir: string): string[] {
  return globLib()
    .globSync('**/*.{yaml,yml}', { cwd: dir, ignore: IGNORED })
    .map((f) => joinPath(dir, f));
}

/** The YAML files `pattern` matches, by absolute name. */
function matchGlob(pattern: string): string[] {
  return globLib()
    .globSync(pattern, { absolute: true, ignore: IGNORED })
    .filter((f) => YAML.test(f));
}

/**
 * Each file once, under the name it was first found by: a file named twice, reached again through a
 * symbolic link to a folder above it, or linked to under a second name (食品经营许可.yaml → before.yaml),
 * is one procedure, and a catalogue counts it once. Files are told apart by their folder with every
 * link resolved and their name; a name that is itself a link, by where it leads. One lookup a folder
 * (its real path and which of its entries are links), not one a file.
 */
function once(files: readonly string[]): string[] {
  if (files.length < 2) return [...files];
  const folders = new Map<string, { real: string; links: ReadonlySet<string> }>();
  const seen = new Set<string>();
  return files.filter((file) => {
    const folder = dirname(file);
    let known = folders.get(folder);
    if (known === undefined) folders.set(folder, (known = { real: realPathOf(folder), links: linksIn(folder) }));
    const key = known.links.has(basename(file)) ? realPathOf(file) : known.real + file.slice(folder.length);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The names of the symbolic links in `folder` (none when it cannot be read). */
function linksIn(folder: string): ReadonlySet<string> {
  try {
    return new Set(
      readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isSymbolicLink())
        .map((entry) => entry.name),
    );
  } catch {
    return new Set();
  }
}

/** The path with every symbolic link resolved, or the path as given when it cannot be resolved. */
function realPathOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/** What statSync says of `path`, or undefined when it cannot be read (missing, or a folder on the way is a file). */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
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
