import { html, nothing } from 'lit';
import { localize } from '../../core/localize.js';
import { tableMessages } from '../../i18n/table.js';
import type { CellText } from '../../view/cells.js';
import { groupTitle, type RowModel, type TableModel } from '../../view/table-view.js';
import { fiscalYearLabel } from '../../core/fiscal-year.js';
import type { Group } from '../../core/types.js';
import type { describeProblem } from '../../i18n/common.js';
import { judgmentTier } from '../../core/judgment.js';
import { judgmentMark } from '../shared/judgment-mark.js';

/** Template pieces of <policy-indicator-table> that depend only on what they are given. */

/** 「※1」 references, read as 「注1」. */
export function noteRefs(refs: readonly number[], locale: string) {
  const m = tableMessages(locale);
  return refs.length
    ? html`<sup class="note-ref">${refs.map((n) => html`<span aria-hidden="true">※${n}</span><span class="visually-hidden">${m.noteRef(n)}</span>`)}</sup>`
    : nothing;
}

/** A cell's text with its own year, its qualifier marker (見込み) and its footnote references. */
export function cellContent(c: CellText, locale: string, notes: readonly (number | undefined)[] = []) {
  const refs = [...(c.notes ?? []), ...notes].filter((n): n is number => n !== undefined);
  // Most cells are a number alone: plain text, no template of their own (10,000 rows hold 50,000 such cells).
  if (!c.year && !c.qualifier && !refs.length) return c.text;
  const m = tableMessages(locale);
  return html`${c.text}${c.year ? html`<span class="cell-year">${m.withYear('', c.year)}</span>` : nothing}${c.qualifier
    ? html`<span class="qualifier">${m.legend[c.qualifier].term}</span>`
    : nothing}${noteRefs(refs, locale)}`;
}

/** Numbered notes (indicator notes, sources, cell and group notes) and the legend of the marks used. */
export function footnotes(model: TableModel, locale: string) {
  const m = tableMessages(locale);
  if (!model.footnotes.length && !model.legend.length) return nothing;
  return html`<div part="footnotes" class="footnotes">
    ${model.legend.length
      ? html`<section class="legend">
          <h3>${m.legendHeading}</h3>
          <dl>${model.legend.map((e) => html`<div><dt>${e.term}</dt><dd>${e.text}</dd></div>`)}</dl>
        </section>`
      : nothing}
    ${model.footnotes.length
      ? html`<section class="notes">
          <h3>${m.notesHeading}</h3>
          <ol class="notes">${model.footnotes.map((f) => html`<li><span aria-hidden="true">※${f.n}</span><span class="visually-hidden">${m.noteRef(f.n)}</span> ${f.text}</li>`)}</ol>
        </section>`
      : nothing}
  </div>`;
}

/** A row that says why the table has no data rows: nothing matches the filter, or there are no indicators. */
export function noMatch(model: TableModel, filter: string | null, span: number, locale: string) {
  const m = tableMessages(locale);
  const line = filter ? model.summary.lines.find((l) => l.id === filter) : undefined;
  const tier = filter ? [...(model.scheme?.tiers ?? [])].find((t) => t.id === filter) : undefined;
  const label = line ? localize(line.label, locale) : tier ? localize(tier.label, locale) : filter;
  return html`<tbody><tr class="empty"><td colspan=${span}>${label ? m.noMatch(label) : m.noData}</td></tr></tbody>`;
}

/** The located problems of a row's indicator, in a row of their own under it. */
export function problemRow(r: RowModel, span: number, model: TableModel, locale: string, describe: typeof describeProblem) {
  if (!r.problems.length || r.series !== r.indicator.series[0]) return nothing;
  const yearLabel = (y: number) => fiscalYearLabel(y, { style: model.yearStyle, locale });
  const name = localize(r.indicator.name, locale);
  return html`<tr part="problem" class="problem">
    <td colspan=${span}>
      <ul>${r.problems.map((p) => html`<li>${describe(p, locale, { indicatorName: name, yearLabel })}</li>`)}</ul>
    </td>
  </tr>`;
}

/** A header row of a group of the hierarchy, with the grade the city gave it (Asaka) when the report judges. */
export function groupHeader(group: Group, depth: number, span: number, model: TableModel, locale: string) {
  const given = model.judges ? group.givenJudgments[model.year] : undefined;
  return html`<tr part="group-header" class="group depth-${depth}">
    <th colspan=${span} scope="rowgroup">
      <span class="group-head">
        <span>${groupTitle(group, locale)}${noteRefs(model.groupNotes.get(group.id) ?? [], locale)}</span>
        ${given && model.scheme
          ? html`<span class="group-grade">${tableMessages(locale).grade} ${judgmentMark(judgmentTier(given, model.scheme), locale)}</span>`
          : nothing}
      </span>
    </th>
  </tr>`;
}

/** The selected row's key when it is one of `rows`, else null: what a block's rendering depends on of the selection. */
export function selectedIn(rows: readonly RowModel[], key: string | null): string | null {
  return key !== null && rows.some((r) => r.key === key) ? key : null;
}
