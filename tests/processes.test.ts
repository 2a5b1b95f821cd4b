/** The real procedures in processes/ are the project's showcase: every one must validate. */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findYamlFiles } from '../src/model/files.js';
import { loadFiles } from '../src/model/load.js';
import { describe as describeDiagnostic } from '../src/model/messages.js';
import { ROOT } from './support/files.js';

const files = findYamlFiles([join(ROOT, 'processes')]).files;
const results = loadFiles(files);

describe('processes/', () => {
  it('holds at least two valid procedures', () => {
    const procedures = results.filter((r) => r.document?.kind === 'procedure');
    expect(procedures.length).toBeGreaterThanOrEqual(2);
  });

  it.each(results.map((r) => ({ name: relative(ROOT, r.file), result: r })))('$name validates without errors', ({ result }) => {
    const errors = result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.line}:${d.column} [${d.code}] ${describeDiagnostic(d, 'en').message}`);
    expect(errors).toEqual([]);
  });
});
