import { render, type TemplateResult } from 'lit';
import { sameValues } from '../shared/same-values.js';

/** What a data row is made of: its cells (a template without the `<tr>`), and the row's own attributes. */
export interface RowParts {
  cells: TemplateResult;
  /** Its `class`, as the row's template writes it ("data selected"). */
  className: string;
  /** Its `data-indicator`, when it has one (the series layout puts it on an indicator's first row only). */
  indicator?: string;
}

/**
 * The data rows kept as elements across renders, one `<tr>` per row key: sorting
 * and filtering move rows that exist instead of building them again (a sort of 10,000 rows costs
 * their moves, not 10,000 new rows and every cell's text), and a row whose content did not change
 * is not rendered again. Its cells are rendered into it by Lit (`render(cells, tr)`), so a row is
 * the same markup and parts as in a template; only its own attributes are set here.
 *
 * Used on the client only: a server renders the rows as templates, and the update that hydrates its
 * markup renders templates too (hydration matches templates, not elements made here). A block of
 * rows the table renders again after that (a sort, a filter) is made of kept rows.
 */
export class RowNodes {
  private rows = new Map<string, { tr: HTMLTableRowElement; key: readonly unknown[] }>();
  private scope: unknown;

  /** Forgets every row when the table's model changes (new data): its rows are other rows. */
  reset(scope: unknown): void {
    if (scope === this.scope) return;
    this.scope = scope;
    this.rows.clear();
  }

  /**
   * The row of `id`, rendered again only when `key` (everything its content depends on: language,
   * layout, selection …) differs from the last render's.
   */
  row(id: string, key: readonly unknown[], build: () => RowParts): HTMLTableRowElement {
    const entry = this.rows.get(id);
    if (entry && sameValues(entry.key, key)) return entry.tr;
    const { cells, className, indicator } = build();
    const tr = entry?.tr ?? document.createElement('tr');
    if (!entry) tr.setAttribute('part', 'row');
    tr.className = className;
    if (indicator === undefined) tr.removeAttribute('data-indicator');
    else tr.setAttribute('data-indicator', indicator);
    render(cells, tr);
    this.rows.set(id, { tr, key });
    return tr;
  }
}
