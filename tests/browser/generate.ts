/**
 * Fixtures written for the browser tests: a 300-step procedure, a 40-item bundle (both from the
 * seeded generator in bench/), and an item whose names carry HTML and script payloads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { createDice, generateProcedure } from '../../bench/generate-catalogue.js';
import { generateProcess } from '../../bench/generate-process.js';
import type { FilePair } from './support.js';

/** The seed of every generated fixture: the same files on every run. */
export const FIXTURE_SEED = 20261124;

/** Steps of the large procedure. */
export const LARGE_STEPS = 300;

/** Items of the large bundle. */
export const BUNDLE_ITEMS = 40;

/** Writes before.yaml and after.yaml of a procedure with `LARGE_STEPS` steps into `dir`/large. */
export function writeLargeProcedure(dir: string): FilePair {
  const folder = join(dir, 'large');
  mkdirSync(folder, { recursive: true });
  const write = (label: string, seed: number, file: string) => {
    const dice = createDice(seed);
    const { process, steps } = generateProcess(dice, LARGE_STEPS, false);
    (steps[0]!.materials as string[]).push('form');
    const procedure = {
      id: 'large-item',
      name: '大型联合审批事项',
      department: '市行政审批局',
      version: { label, date: label === '改革前' ? '2020-01-01' : '2024-01-01' },
      limits: { statutory: 60, committed: 40 },
      handling: '承诺件',
      materials: [{ id: 'form', name: '申请表' }],
      process,
    };
    writeFileSync(join(folder, file), stringify(procedure, { lineWidth: 0 }));
  };
  write('改革前', FIXTURE_SEED, 'before.yaml');
  write('改革后', FIXTURE_SEED + 1, 'after.yaml');
  return { id: 'large', before: join(folder, 'before.yaml'), after: join(folder, 'after.yaml') };
}

/**
 * Writes `BUNDLE_ITEMS` generated items and two bundles over them into `dir`/bundle: before, each
 * item submitted separately in a chain of dependencies; after, submitted once with most items free.
 */
export function writeLargeBundle(dir: string): FilePair {
  const folder = join(dir, 'bundle');
  mkdirSync(join(folder, 'items'), { recursive: true });
  const dice = createDice(FIXTURE_SEED);
  const ids: string[] = [];
  for (let i = 1; i <= BUNDLE_ITEMS; i++) {
    const procedure = generateProcedure(dice, i);
    ids.push(procedure.id as string);
    writeFileSync(join(folder, 'items', `${procedure.id as string}.yaml`), stringify(procedure, { lineWidth: 0 }));
  }
  const bundle = (label: string, submission: string, after: (i: number) => string[]) => ({
    id: 'large-bundle',
    name: '四十个事项的“一件事”',
    version: { label, date: label === '改革前' ? '2020-01-01' : '2024-01-01' },
    submission,
    items: ids.map((id, i) => ({ path: `items/${id}.yaml`, ...(after(i).length ? { after: after(i) } : {}) })),
  });
  writeFileSync(join(folder, 'before.yaml'), stringify(bundle('改革前', 'separate', (i) => (i % 4 === 0 ? [] : [ids[i - 1]!]))));
  writeFileSync(join(folder, 'after.yaml'), stringify(bundle('改革后', 'once', (i) => (i % 10 === 0 && i > 0 ? [ids[0]!] : []))));
  return { id: 'bundle', before: join(folder, 'before.yaml'), after: join(folder, 'after.yaml') };
}

/** Payloads that would run if a name reached the page as HTML; each sets window.__pwned. */
export const PAYLOADS = {
  img: '<img src=x onerror="window.__pwned=\'img\'">',
  script: '<script>window.__pwned="script"</script>',
  closing: '</script><script>window.__pwned="closing"</script>',
} as const;

/** Writes a small procedure pair whose item, step and material names carry PAYLOADS into `dir`/hostile. */
export function writeHostileProcedure(dir: string): FilePair {
  const folder = join(dir, 'hostile');
  mkdirSync(folder, { recursive: true });
  const write = (label: string, file: string, reviewDays: number) => {
    const procedure = {
      id: 'hostile',
      name: `恶意名称 ${PAYLOADS.img}`,
      department: '县市场监督管理局',
      version: { label, date: label === '改革前' ? '2020-01-01' : '2024-01-01' },
      limits: { statutory: 20, committed: 15 },
      handling: '承诺件',
      materials: [
        { id: 'form', name: `申请书 ${PAYLOADS.script}` },
        { id: 'licence', name: `营业执照 ${PAYLOADS.closing}`, ...(label === '改革后' ? { reform: 'shared', source: 'government' } : {}) },
      ],
      process: {
        initial: 'apply',
        states: {
          apply: { name: `申请 ${PAYLOADS.img}`, actor: 'applicant', trips: 1, materials: ['form', 'licence'], on: { SUBMIT: 'review' } },
          review: { name: `审查 ${PAYLOADS.script}`, actor: 'department', duration: reviewDays, on: { APPROVE: 'issued' } },
          issued: { type: 'final', outcome: 'approved' },
        },
      },
    };
    writeFileSync(join(folder, file), stringify(procedure, { lineWidth: 0 }));
  };
  write('改革前', 'before.yaml', 10);
  write('改革后', 'after.yaml', 3);
  return { id: 'hostile', before: join(folder, 'before.yaml'), after: join(folder, 'after.yaml') };
}

/**
 * Writes before.yaml and after.yaml of a procedure whose cases take one of three fixed times into
 * `dir`/on-limit: half of them exactly the committed limit (13 working days before, 5 after), a
 * third less, the rest more. The simulation bins [x0, x1), so the cases on the limit share a bin with
 * none below it: the chart must still draw them within the limit.
 */
export function writeOnLimitProcedure(dir: string): FilePair {
  const folder = join(dir, 'on-limit');
  mkdirSync(folder, { recursive: true });
  const write = (label: string, file: string, limit: number) => {
    const step = (name: string, kind: string, days: number, next: Record<string, unknown>) => ({ name, kind, actor: 'department', materials: [], duration: { value: days }, on: next });
    const procedure = {
      id: 'on-limit-item',
      name: '时限边界事项',
      department: '县行政审批局',
      version: { label },
      limits: { statutory: limit + 10, committed: limit },
      handling: '承诺件',
      materials: [{ id: 'form', name: '申请表' }],
      process: {
        initial: 'apply',
        states: {
          apply: { name: '申请', kind: '申请', actor: 'applicant', materials: ['form'], duration: { value: 1 }, on: { NEXT: 'accept' } },
          accept: {
            ...step('受理', '受理', 1, {}),
            on: { ON_TIME: { target: 'review', p: 0.5 }, QUICK: { target: 'quick', p: 0.3 }, SLOW: { target: 'slow', p: 0.2 } },
          },
          review: step('审查（恰好到时限）', '审查', limit - 2, { NEXT: 'approved' }),
          quick: step('简易审查', '审查', limit - 5, { NEXT: 'approved' }),
          slow: step('复杂审查', '审查', limit + 1, { NEXT: 'approved' }),
          approved: { type: 'final', name: '准予许可', outcome: 'approved' },
        },
      },
    };
    writeFileSync(join(folder, file), stringify(procedure, { lineWidth: 0 }));
  };
  write('改革前', 'before.yaml', 13);
  write('改革后', 'after.yaml', 5);
  return { id: 'on-limit', before: join(folder, 'before.yaml'), after: join(folder, 'after.yaml') };
}
