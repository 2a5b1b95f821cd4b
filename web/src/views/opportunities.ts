/**
 * 改革机会: the catalogue of reform opportunities across the folder the cases come from (the JSON of
 * `wujian suggest <folder>`): the government documents the most items ask for, as bars of how many items
 * ask (each with the sentence the JSON carries: "7 个事项要求提交；数据共享后全县减少 7 份材料"), then
 * the suggestions with the largest effect as a table in the words every surface uses. The current case's
 * items are marked. Nothing is computed here: figures and sentences come in the JSON.
 */
import { scaleLinear } from 'd3';
import { createSvg, type ChartFrame } from '../chart.js';
import type { Catalogue, CatalogueDocument, CatalogueOpportunity } from '../contract.js';
import { CATALOGUE_RANKINGS, listSeparator, SUGGESTION_COLUMNS } from '../../../src/vocabulary/index.js';
import { say, type Lang } from '../i18n.js';
import type { G } from '../marks/axis.js';
import { wrappedLabel } from '../marks/label.js';
import { ACCENT, BEFORE, INK, MUTED, SIZE } from '../theme.js';
import { withTooltip } from '../tooltip.js';

const WIDTH = 1080;
const NAME_W = 260;
const BAR_X = NAME_W + 16;
const BAR_W = 300;
const ROW_H = 48;

/** The documents' bars: name, how many items ask, the sentence, and whether the current case asks for it. */
export function getDocumentBars(catalogue: Catalogue, caseItems: ReadonlySet<string>, lang: Lang) {
  return catalogue.documents.map((d: CatalogueDocument) => ({
    name: d.name,
    count: d.count,
    text: say(d.text, lang),
    items: d.items.map((i) => i.name).join(listSeparator(lang)),
    current: d.items.some((i) => caseItems.has(i.id)),
  }));
}

/** The table's rows: the cells of each suggestion, and whether it is for the current case. */
export function getOpportunityRows(catalogue: Catalogue, caseItems: ReadonlySet<string>, lang: Lang) {
  return catalogue.opportunities.map(({ subject, suggestion: s }: CatalogueOpportunity, i) => ({
    cells: [String(i + 1), s.itemName ?? subject.name, say(s.name, lang), say(s.action, lang), say(s.basis, lang), say(s.effect.summary, lang)],
    current: caseItems.has(s.item ?? subject.id),
  }));
}

/** Draws the panel into `frame`; `caseItems` are the ids of the current case's items. */
export function drawOpportunities(frame: ChartFrame, catalogue: Catalogue, caseItems: ReadonlySet<string>): void {
  const { lang } = frame;
  const bars = getDocumentBars(catalogue, caseItems, lang);
  const heading = (text: string) => {
    const h = document.createElement('h3');
    h.textContent = text;
    frame.body.append(h);
  };
  heading(say(CATALOGUE_RANKINGS.documents, lang));
  const svg = createSvg(frame.body, WIDTH, Math.max(1, bars.length) * ROW_H + 24);
  const g = svg.append('g').attr('transform', 'translate(20,12)') as G;
  const x = scaleLinear().domain([0, Math.max(1, ...bars.map((b) => b.count))]).range([0, BAR_W]);
  bars.forEach((b, i) => {
    const row = g.append('g').attr('class', 'document-row').attr('data-current', String(b.current)).attr('transform', `translate(0,${i * ROW_H})`) as G;
    wrappedLabel(row, b.name, 0, 18, NAME_W, { maxLines: 1, weight: 700 });
    row.append('rect').attr('x', BAR_X).attr('y', 4).attr('width', x(b.count)).attr('height', 20).attr('fill', b.current ? ACCENT : BEFORE)
      .call(withTooltip, () => [b.name, b.text, b.items]);
    row.append('text').attr('class', 'document-text').attr('x', BAR_X + x(b.count) + 10).attr('y', 19).attr('font-size', SIZE).attr('fill', INK).text(b.text);
    wrappedLabel(row, b.items, BAR_X, 42, WIDTH - BAR_X - 40, { maxLines: 1, size: SIZE - 2, fill: MUTED });
  });
  heading(say(CATALOGUE_RANKINGS.opportunities, lang));
  const table = document.createElement('table');
  table.className = 'ledger opportunities';
  const head = table.createTHead().insertRow();
  const C = SUGGESTION_COLUMNS;
  for (const words of [C.rank, C.item, C.rule, C.action, C.basis, C.effect]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = say(words, lang);
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of getOpportunityRows(catalogue, caseItems, lang)) {
    const tr = body.insertRow();
    tr.dataset.current = String(row.current);
    for (const cell of row.cells) tr.insertCell().textContent = cell;
  }
  frame.body.append(table);
}
