// The builder's preview: the table as a page will show it, the chart of a chosen indicator and its
// badges, all given the converted document as their `data` (the same document the downloads hold).
import type { DatasetDocument } from '../src/core/dataset-json.js';
import { el, fy, t, uid } from './builder-dom.js';

export interface PreviewPanel {
  /** Shows a document (null: nothing could be read, say why). */
  show(document: DatasetDocument | null): void;
  /** Scrolls to an indicator's row in the table and focuses its name button. */
  focusRow(indicatorId: string): Promise<void>;
}

interface IndicatorJson {
  id?: unknown;
  no?: unknown;
  name?: unknown;
  actuals?: Record<string, unknown>;
  series?: { actuals?: Record<string, unknown> }[];
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function previewPanel(container: HTMLElement): PreviewPanel {
  const message = el('p', { class: 'preview-message', hidden: true }, t(
    'プレビューできません。上の問題の一覧を確かめてください（指標名の列と、年度の値（目標値・実績値）の列が必要です）。',
    'Nothing to preview: see the problems above (a column of indicator names and columns of a year’s values, target or actual, are needed).',
  ));
  const table = el('policy-indicator-table', { id: 'preview-table' });
  const tableBox = el('div', { class: 'preview-table' }, el('h3', {}, t('表', 'Table')), table);

  const selectId = uid('indicator');
  const select = el('select', { id: selectId });
  const chart = el('target-trend-chart', { id: 'preview-chart' });
  const badges = el('ul', { class: 'preview-badges', 'aria-label': t('選んだ指標の判定', 'Judgments of the chosen indicator') });
  const chartBox = el(
    'div',
    { class: 'preview-chart' },
    el('h3', {}, t('選んだ指標の推移と判定', 'The chosen indicator over the years, and its judgment')),
    el('p', { class: 'field' }, el('label', { for: selectId }, t('表示する指標', 'Indicator shown')), select),
    chart,
    badges,
  );
  container.append(message, tableBox, chartBox);

  let current: DatasetDocument | null = null;
  const indicators = () => (current?.indicators ?? []) as IndicatorJson[];

  function showIndicator(): void {
    if (!current) return;
    const id = select.value;
    chart.data = current;
    chart.indicatorId = id;
    const indicator = indicators().find((i) => String(i.id) === id);
    const years = new Set<number>();
    for (const actuals of [indicator?.actuals, ...(indicator?.series ?? []).map((s) => s.actuals)]) {
      for (const year of Object.keys(actuals ?? {})) if (/^\d{4}$/.test(year)) years.add(Number(year));
    }
    badges.replaceChildren(
      ...[...years].sort((a, b) => a - b).map((year) => {
        const badge = el('achievement-badge', {});
        badge.data = current!;
        badge.indicatorId = id;
        badge.fiscalYear = year;
        return el('li', {}, el('span', { class: 'badge-year' }, `${fy(year)}${t('：', ': ')}`), badge);
      }),
    );
    badges.hidden = !years.size;
  }

  select.addEventListener('change', showIndicator);
  // A row chosen in the table is charted too.
  table.addEventListener('indicator-select', (e) => {
    select.value = e.detail.indicatorId;
    showIndicator();
  });

  return {
    show(document) {
      current = document;
      message.hidden = !!document?.indicators.length;
      tableBox.hidden = chartBox.hidden = !message.hidden;
      if (!message.hidden) return;
      table.data = document!;
      const chosen = select.value;
      select.replaceChildren(
        ...indicators().map((i) => {
          const id = String(i.id);
          const name = typeof i.name === 'string' ? i.name : id;
          return el('option', { value: id }, i.no === undefined ? name : `${i.no}. ${name}`);
        }),
      );
      if (indicators().some((i) => String(i.id) === chosen)) select.value = chosen;
      showIndicator();
    },

    async focusRow(indicatorId) {
      await table.updateComplete;
      const find = () => table.shadowRoot?.querySelector<HTMLTableRowElement>(`tr[data-indicator="${CSS.escape(indicatorId)}"]`) ?? null;
      let row = find();
      if (!row) {
        // The reader filtered the table (未達成 only …): show every row again. `filter` is the
        // table's initial filter; any change of it resets the one chosen with the buttons.
        table.filter = table.filter === '' ? undefined : '';
        await table.updateComplete;
        row = find();
      }
      const button = row?.querySelector<HTMLButtonElement>('button.select');
      if (!row || !button) {
        tableBox.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
        return;
      }
      row.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
      button.focus({ preventScroll: true });
    },
  };
}
