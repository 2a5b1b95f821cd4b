/**
 * The presentation app: a header (case selector, 中文/English, 演示), a nav of the views, and one
 * section per view for the chosen case, under the headline a presentation shows. document.body.dataset.ready is "true" once every chart of
 * the current case is drawn.
 */
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles.css';
import { CHART_KINDS, createChartFrame, showMessage, type ChartKind } from './chart.js';
import type { Case, CasesDocument, Catalogue } from './contract.js';
import { hasInlineData, loadCases } from './data.js';
import { exportPng, exportSvg } from './export.js';
import { LANG_TAGS } from '../../src/vocabulary/index.js';
import { say, t, type Lang } from './i18n.js';
import { createPresentation, drawHeadline } from './present.js';
import { drawDashboard } from './views/dashboard.js';
import { drawHistogram } from './views/histogram.js';
import { drawLedger, toLedgerCsv } from './views/ledger.js';
import { drawMaterials } from './views/materials.js';
import { drawOpportunities } from './views/opportunities.js';
import { drawProcess } from './views/process.js';
import { drawTimeline } from './views/timeline.js';

/** The app's state: the loaded cases, the chosen one and the language. */
interface AppState {
  cases: Case[];
  /** The reform opportunities across the folder, when the data carries them. */
  catalogue?: Catalogue;
  caseIndex: number;
  lang: Lang;
}

const app = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
// ?lang= chooses; otherwise the language `wujian report --lang` wrote into <html lang>.
const asked = params.get('lang') ?? document.documentElement.lang;
const state: AppState = { cases: [], caseIndex: 0, lang: asked.startsWith('en') ? 'en' : 'zh' };
let renderRun = 0;

const header = document.createElement('header');
header.className = 'app-header';
const nav = document.createElement('nav');
nav.className = 'views';
const main = document.createElement('main');
app.append(header, nav, main);
const counter = document.createElement('div');
counter.className = 'slide-counter';
const presentation = createPresentation(main, (i, total) => {
  counter.textContent = i >= 0 ? t('slideOf', state.lang, { n: i + 1, total }) : '';
  const button = document.getElementById('present');
  if (button) button.textContent = t(i >= 0 ? 'exitPresent' : 'present', state.lang);
});

declare global {
  interface Window {
    /** Hooks for browser tests and for people at the console. */
    wujian: {
      exportSvg: typeof exportSvg;
      exportPng: typeof exportPng;
      present: typeof presentation;
      data?: CasesDocument;
    };
  }
}
window.wujian = { exportSvg, exportPng, present: presentation };

function drawHeader(): void {
  const { lang } = state;
  document.documentElement.lang = LANG_TAGS[lang];
  document.title = t('appTitle', lang);
  const h1 = document.createElement('h1');
  h1.textContent = t('appTitle', lang);
  const label = document.createElement('label');
  label.className = 'case-select';
  const span = document.createElement('span');
  span.textContent = t('caseLabel', lang);
  const select = document.createElement('select');
  select.id = 'case-select';
  state.cases.forEach((c, i) => {
    const option = document.createElement('option');
    option.value = c.id;
    option.textContent = say(c.title, lang);
    option.selected = i === state.caseIndex;
    select.append(option);
  });
  select.addEventListener('change', () => {
    state.caseIndex = select.selectedIndex;
    writeUrl();
    void render();
  });
  label.append(span, select);
  const langs = document.createElement('div');
  langs.className = 'lang-switch';
  langs.setAttribute('role', 'group');
  for (const [value, text] of [['zh', t('langZh', lang)], ['en', t('langEn', lang)]] as const) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.lang = value;
    b.textContent = text;
    b.setAttribute('aria-pressed', String(value === lang));
    b.addEventListener('click', () => {
      if (state.lang === value) return;
      state.lang = value;
      writeUrl();
      void render();
    });
    langs.append(b);
  }
  const present = document.createElement('button');
  present.type = 'button';
  present.id = 'present';
  present.className = 'present';
  present.textContent = presentation.active() ? t('exitPresent', lang) : t('present', lang);
  present.addEventListener('click', () => (presentation.active() ? presentation.leave() : presentation.enter(0)));
  header.replaceChildren(h1, label, langs, present, counter);
  nav.replaceChildren(
    ...shownKinds().map((kind) => {
      const a = document.createElement('a');
      a.href = `#chart-${kind}`;
      a.dataset.view = kind;
      a.textContent = t(kind, lang);
      return a;
    }),
  );
}

/** The views the data has: 改革机会 only when it carries the catalogue of opportunities. */
function shownKinds(): ChartKind[] {
  return CHART_KINDS.filter((kind) => kind !== 'opportunities' || state.catalogue !== undefined);
}

/** Draws every view of the current case; the ready flag is set only by the latest run. */
async function render(): Promise<void> {
  const run = ++renderRun;
  document.body.dataset.ready = 'false';
  const slide = presentation.active() ? Number(document.body.dataset.slide) : -1;
  drawHeader();
  main.replaceChildren();
  const current = state.cases[state.caseIndex];
  if (!current) {
    showMessage(main, t('noData', state.lang), 'message error');
    return;
  }
  const { lang } = state;
  const frame = (kind: ChartKind, csv?: () => string) =>
    createChartFrame(main, kind, lang, { fileName: `${current.id}-${kind}-${lang}`, caseTitle: say(current.title, lang), csv });
  const drawn: Array<Promise<void> | void> = [];
  drawDashboard(frame('dashboard'), current.comparison);
  drawn.push(drawProcess(frame('process'), current));
  drawTimeline(frame('timeline'), current.comparison);
  drawHistogram(frame('histogram'), current.simulations);
  drawMaterials(frame('materials'), current.comparison);
  drawLedger(frame('ledger', () => toLedgerCsv(current, lang)), current);
  if (state.catalogue) {
    const items = new Set([...current.comparison.before.items, ...current.comparison.after.items].map((i) => i.id));
    drawOpportunities(frame('opportunities'), state.catalogue, items);
  }
  for (const section of main.querySelectorAll<HTMLElement>('section.chart')) section.tabIndex = -1;
  drawHeadline(main, say(current.title, lang), say(current.comparison.summary, lang));
  if (slide >= 0) presentation.enter(slide);
  await Promise.all(drawn);
  if (run !== renderRun) return;
  // A view that drew a message instead of a chart (no simulation) has nothing to export.
  for (const section of main.querySelectorAll<HTMLElement>('section.chart')) {
    const empty = !section.querySelector('svg.chart-svg');
    for (const b of section.querySelectorAll<HTMLButtonElement>('button[data-export="svg"], button[data-export="png"]')) b.disabled = empty;
  }
  document.body.dataset.ready = 'true';
}

/**
 * Puts the chosen case and language in the address (?case=…&lang=…, the #view kept), as a new entry
 * of the history so that Back returns to the case before; reloading the page keeps them.
 */
function writeUrl(): void {
  const url = new URL(location.href);
  const current = state.cases[state.caseIndex];
  if (current) url.searchParams.set('case', current.id);
  url.searchParams.set('lang', state.lang);
  try {
    history.pushState(null, '', url);
  } catch {
    // A page opened from a file in a browser that refuses to change such an address: nothing kept.
  }
}

/** Back and Forward: the case and language their address names. */
addEventListener('popstate', () => {
  const asked = new URLSearchParams(location.search);
  const lang: Lang = (asked.get('lang') ?? state.lang).startsWith('en') ? 'en' : 'zh';
  const caseIndex = Math.max(0, state.cases.findIndex((c) => c.id === asked.get('case')));
  // Following a link to a view (#chart-…) changes neither.
  if (lang === state.lang && caseIndex === state.caseIndex) return;
  Object.assign(state, { lang, caseIndex });
  void render();
});

/** Takes the cases of `data`, staying on the case shown (by id) when it is still there. */
function takeCases(data: CasesDocument, wanted: string | null | undefined): void {
  window.wujian.data = data;
  state.cases = data.cases;
  state.catalogue = data.catalogue;
  state.caseIndex = Math.max(0, state.cases.findIndex((c) => c.id === wanted));
}

/**
 * `wujian view` follows its folder: a changed version brings the cases again, drawn on the same case
 * and at the same scroll; a failed reload lists its problems in a box kept in sight (web/src/follow.ts).
 * The report build leaves this out (import.meta.env.WUJIAN_FOLLOW is false there).
 */
async function followView(): Promise<void> {
  const { followServer, showProblems } = await import('./follow.js');
  const box = document.createElement('div');
  box.className = 'follow-problems';
  box.setAttribute('role', 'alert');
  box.hidden = true;
  app.insertBefore(box, main);
  let problems: string | null = null;
  // The heading follows the page's language, which drawHeader writes into <html lang>.
  new MutationObserver(() => showProblems(box, t('followProblems', state.lang), problems)).observe(document.documentElement, { attributeFilter: ['lang'] });
  await followServer(async (status) => {
    problems = status.problems;
    showProblems(box, t('followProblems', state.lang), status.problems);
    if (status.problems) return;
    const y = window.scrollY;
    takeCases(await loadCases(), state.cases[state.caseIndex]?.id);
    await render();
    window.scrollTo(0, y);
  });
}

async function start(): Promise<void> {
  showMessage(main, t('loading', state.lang));
  try {
    if (import.meta.env.WUJIAN_FOLLOW && !hasInlineData()) await followView();
    takeCases(await loadCases(), params.get('case'));
  } catch (error) {
    main.replaceChildren();
    drawHeader();
    showMessage(main, `${t('loadFailed', state.lang)}：${(error as Error).message}`, 'message error');
    showMessage(main, t('noData', state.lang));
    document.body.dataset.ready = 'true';
    return;
  }
  await render();
}

void start();
