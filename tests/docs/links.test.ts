/**
 * The user guides (README.md, README.en.md) and the developer pages (docs/) point only at what exists: every
 * relative link and image names a file of the repository, and every `#anchor` a heading of the page it names,
 * as GitHub makes anchors of headings. Each README names every field an author may write and every
 * counting rule (口径) by the id the JSON gives it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READMES } from '../../src/cli/help.js';
import { COUNTING_RULE_IDS } from '../../src/vocabulary/index.js';
import { ROOT } from '../support/files.js';

const PAGES = [...Object.values(READMES), ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** The text of a page without its fenced code blocks (a link in code is an example, not a link). */
function prose(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
}

/** The targets of the page's Markdown links and images: `[text](target)` and `![alt](target)`. */
function targets(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

/** GitHub's anchor of a heading: lower case, punctuation dropped (letters of any script kept), spaces as hyphens. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/`/g, '').replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** The anchors of a page's headings. */
function anchors(file: string): Set<string> {
  return new Set([...prose(file).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
}

describe.each(PAGES)('%s', (file) => {
  it('links only to files that exist and to headings that exist', () => {
    const broken: string[] = [];
    for (const target of targets(prose(file))) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const linked = path === '' ? file : relative(ROOT, join(ROOT, dirname(file), decodeURIComponent(path)));
      if (!existsSync(join(ROOT, linked))) broken.push(target);
      else if (anchor !== undefined && linked.endsWith('.md') && !anchors(linked).has(decodeURIComponent(anchor))) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});

/** The names of every property a schema declares, at any depth. */
function properties(node: unknown, into = new Set<string>()): Set<string> {
  if (node && typeof node === 'object') {
    const props = (node as { properties?: Record<string, unknown> }).properties;
    if (props && typeof props === 'object') for (const name of Object.keys(props)) into.add(name);
    for (const value of Object.values(node)) properties(value, into);
  }
  return into;
}

describe.each(Object.values(READMES))('the guide in %s', (file) => {
  it('names every field of the procedure, bundle, targets, settings and calendar schemas', () => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    // What the page shows as code: its fenced blocks and the inline code of its prose.
    const fenced = [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
    const inline = [...prose(file).matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
    const code = [...fenced, ...inline].join('\n');
    const missing: string[] = [];
    for (const schema of ['procedure', 'bundle', 'targets', 'settings', 'calendar']) {
      const json: unknown = JSON.parse(readFileSync(join(ROOT, 'schemas', `${schema}.schema.json`), 'utf8'));
      for (const name of properties(json)) if (!new RegExp(`\\b${name}\\b`).test(code)) missing.push(`${schema}: ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('names every counting rule by its id', () => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(COUNTING_RULE_IDS.filter((id) => !text.includes(`\`${id}\``))).toEqual([]);
  });
});
