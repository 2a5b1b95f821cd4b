/**
 * The real procedures in processes/ are the project's showcase: every one must validate, and each
 * bundled case comes before and after the reform. A user's own item added to processes/ is validated
 * too, but may stand alone while it is being written.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findYamlFiles } from '../src/model/files.js';
import { loadFiles } from '../src/model/load.js';
import { describe as describeDiagnostic } from '../src/model/messages.js';
import { ROOT, shippedFiles } from './support/files.js';

const files = findYamlFiles([join(ROOT, 'processes')]).files;
const results = loadFiles(files);

describe('processes/', () => {
  it('holds at least two valid procedures', () => {
    const procedures = results.filter((r) => r.document?.kind === 'procedure');
    expect(procedures.length).toBeGreaterThanOrEqual(2);
  });

  it('holds each id it ships as a before and an after version, a bundle and a merged procedure counting as versions', () => {
    const shipped = new Set(shippedFiles('processes') ?? files);
    const byId = new Map<string, string[]>();
    const merged = new Set<string>();
    for (const r of results.filter((r) => shipped.has(r.file))) {
      const doc = r.document;
      if (!doc) continue;
      if (doc.kind === 'procedure') doc.merges.forEach((id) => merged.add(id));
      const label = doc.version?.label ?? '';
      byId.set(doc.id, [...(byId.get(doc.id) ?? []), label]);
    }
    expect(byId.get('food-business-licence')?.sort()).toEqual(['改革前', '改革后']);
    for (const [id, labels] of byId) {
      // An item that a 一件事 procedure merges exists only before the reform.
      if (merged.has(id)) expect(labels, id).toEqual(['改革前']);
      else expect(labels.sort(), id).toEqual(['改革前', '改革后']);
    }
  });

  it.each(files.map((file) => ({ name: relative(ROOT, file), file })))('$name starts with a yaml-language-server $schema line for the editor', ({ file }) => {
    const first = readFileSync(file, 'utf8').split('\n')[0];
    expect(first).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/(procedure|bundle)\.schema\.json$/);
  });

  it.each(results.map((r) => ({ name: relative(ROOT, r.file), result: r })))('$name validates without errors', ({ result }) => {
    const errors = result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.line}:${d.column} [${d.code}] ${describeDiagnostic(d, 'en').message}`);
    expect(errors).toEqual([]);
  });
});
