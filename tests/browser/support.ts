/**
 * What the browser tests share besides the browser: writing a report with the real CLI, the CLI's
 * own comparison JSON to check the page against, and reading exported files.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { findPairs } from '../../src/model/pairs.js';
import { loadWorkspace } from '../../src/model/workspace.js';
import { getDashboardLayout, type MeasureKey } from '../../src/vocabulary/index.js';
import { wujian } from '../support/cli.js';
import { ROOT } from '../support/files.js';
import { pngSize } from '../support/office.js';

/** A report written by `wujian report`, with its file:// URL and size. */
export interface WrittenReport {
  /** Absolute path of the HTML file. */
  file: string;
  /** Its file:// URL. */
  url: string;
  /** Bytes. */
  size: number;
}

/** Two files to compare, by name (absolute, or relative to the repository root), and the case's id. */
export interface FilePair {
  id: string;
  before: string;
  after: string;
}

/** Runs `wujian report <before> <after> -o <dir>/<name> …options` and fails the test unless it succeeds. */
export async function writeReport(dir: string, pair: FilePair, name = `${pair.id}.html`, ...options: string[]): Promise<WrittenReport> {
  const file = join(dir, name);
  const result = await wujian(ROOT, 'report', pair.before, pair.after, '-o', file, ...options);
  expect(result.stderr, result.stderr).toContain(file);
  expect(result.code).toBe(0);
  return { file, url: pathToFileURL(file).href, size: statSync(file).size };
}

/** One measure of `wujian compare --format json`, as far as the tests read it. */
export interface ComparedMeasure {
  /** Measure key, e.g. materials. */
  key: MeasureKey;
  /** The figures. */
  before: number | null;
  after: number | null;
  /** The percent text in both languages. */
  text: { zh: string; en: string };
}

/** The measures `wujian compare <before> <after> --format json` prints that the dashboard lists as rows of their own (getDashboardLayout). */
export async function getComparedMeasures(pair: FilePair): Promise<ComparedMeasure[]> {
  const result = await wujian(ROOT, 'compare', pair.before, pair.after, '--format', 'json');
  expect(result.code, result.stderr).toBe(0);
  return getDashboardMeasures((JSON.parse(result.stdout) as { measures: ComparedMeasure[] }).measures);
}

/** Of `measures`, those the dashboard draws as rows of their own: not merged into another's row, not left out. */
export function getDashboardMeasures<M extends ComparedMeasure>(measures: readonly M[]): M[] {
  const rows = new Set(getDashboardLayout(measures).rows.map((r) => r.key));
  return measures.filter((m) => rows.has(m.key));
}

/** The pair of a folder under processes/. */
export function bundledPair(id: string): FilePair {
  return { id, before: join(ROOT, 'processes', id, 'before.yaml'), after: join(ROOT, 'processes', id, 'after.yaml') };
}

/** Every pair under processes/ by the rule `compare --all` and `view` use, with files named from the root. */
export function bundledPairs(): FilePair[] {
  return findPairs(loadWorkspace(['processes'], { cwd: ROOT }).files).pairs.map((p) => ({ id: p.id, before: p.before.file, after: p.after.file }));
}

/** The text of every [data-measure] label on the page, by measure key. */
export function getMeasureLabels(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-measure]', (elements) =>
    Object.fromEntries(elements.map((e) => [(e as HTMLElement).dataset.measure!, (e.textContent ?? '').trim()])),
  );
}

/** Width and height of a PNG data URL (pngSize checks its signature and reads its IHDR chunk). */
export function readPngSize(dataUrl: string): { width: number; height: number } {
  expect(dataUrl.startsWith('data:image/png;base64,')).toBe(true);
  return pngSize(Buffer.from(dataUrl.slice('data:image/png;base64,'.length), 'base64'));
}

/**
 * Pairs of `selector` elements whose boxes overlap, named by `attribute`; an element and one drawn
 * inside it are not a pair: a DOM descendant, or a state whose key extends the other's
 * ("block.r0.step" lies in the parallel block "block"), nor two in different panels of a diagram.
 */
export function findOverlaps(page: Page, selector: string, attribute: string): Promise<string[]> {
  return page.$$eval(
    selector,
    (elements, attr) => {
      const boxes = elements.map((e) => ({ e, key: e.getAttribute(attr) ?? '', r: e.getBoundingClientRect() }));
      const overlaps: string[] = [];
      // Sorted by left edge, each box is compared only with those that start before it ends.
      boxes.sort((a, b) => a.r.left - b.r.left);
      for (let i = 0; i < boxes.length; i++) {
        const a = boxes[i]!;
        for (let j = i + 1; j < boxes.length && boxes[j]!.r.left < a.r.right - 0.5; j++) {
          const b = boxes[j]!;
          if (a.e.contains(b.e) || b.e.contains(a.e) || a.key.startsWith(`${b.key}.`) || b.key.startsWith(`${a.key}.`)) continue;
          // Before and after scroll apart: a node scrolled out of one panel may lie under the other.
          if (a.e.closest('[data-side]') !== b.e.closest('[data-side]')) continue;
          if (b.r.top < a.r.bottom - 0.5 && a.r.top < b.r.bottom - 0.5) overlaps.push(`${a.key} × ${b.key}`);
        }
      }
      return overlaps;
    },
    attribute,
  );
}
