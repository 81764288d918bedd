import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_header-bg: var(--policy-indicator-table-header-background, light-dark(#f2f2f2, #333333));
    --_group-bg: var(--policy-indicator-table-group-background, light-dark(#e8f1fe, #00118f));
    --_row-hover: var(--policy-indicator-table-row-hover, light-dark(#f8f8fb, #2a2a2a));
    --_selected: var(--policy-indicator-table-selected-background, light-dark(#fff6d6, #4d4000));
    --_cell-padding: var(--policy-indicator-table-cell-padding, 0.35em 0.5em);
    --_border-color: var(--policy-indicator-table-border-color, var(--_border));
    --_sticky-width: var(--policy-indicator-table-sticky-width, 14em);
    --_font-size: var(--policy-indicator-table-font-size, 0.9375rem);
    font-size: var(--_font-size);
    line-height: 1.5;
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin: 0 0 0.75em;
  }
  .headline {
    font-weight: 700;
    margin: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .filters legend {
    float: left;
    margin-inline-end: 0.5em;
    padding: 0;
  }
  .filter {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border-color);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .filter[aria-pressed='true'] {
    border: 2px solid var(--_focus);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .scroller {
    position: relative;
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid var(--_border-color);
    /* Scroll cues: shadows appear at an edge while there is more to scroll (background-attachment).
       The colour in the shorthand's last layer, not a background-color after it: the style sheet then
       reads back whole through the CSSOM (Chromium cannot write out a shorthand with var() whose
       longhands were partly set again; bench/flatten.js copies the sheets that way). */
    background:
      linear-gradient(to right, var(--_surface) 30%, transparent) left / 2.5em 100% no-repeat local,
      linear-gradient(to left, var(--_surface) 30%, transparent) right / 2.5em 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.28), transparent) left / 1em 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.28), transparent) right / 1em 100% no-repeat scroll var(--_surface);
  }
  .hint {
    display: none;
    margin: 0 0 0.25em;
    font-size: 0.875em;
    color: var(--_neutral);
  }
  .hint.shown {
    display: block;
  }
  .hint svg {
    width: 1.5em;
    height: 1em;
    vertical-align: middle;
  }

  table {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0.5em;
    caption-side: top;
  }
  th,
  td {
    padding: var(--_cell-padding);
    border-bottom: 1px solid var(--_border-color);
    border-inline-end: 1px solid var(--_border-color);
    vertical-align: top;
    text-align: start;
    background: var(--_surface);
  }
  thead th {
    background: var(--_header-bg);
    font-weight: 700;
    vertical-align: bottom;
  }
  thead th.num {
    white-space: nowrap;
  }
  tbody th {
    font-weight: 600;
  }
  .num {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .reason,
  .text {
    min-width: 16em;
    max-width: 32em;
    font-size: 0.9375em;
  }
  .measure-codes {
    white-space: nowrap;
  }
  .measure-name {
    display: block;
    font-size: 0.875em;
    min-width: 10em;
  }
  tr.group th {
    background: var(--_group-bg);
    text-align: start;
  }
  tr.group.depth-1 th {
    background: var(--_header-bg);
    font-weight: 600;
  }
  .group-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: center;
  }
  .row-kind {
    white-space: nowrap;
    font-weight: 600;
  }
  .row-kind .series-label {
    white-space: normal;
    min-width: 9em;
    max-width: 14em;
  }
  tr.data:hover > * {
    background: var(--_row-hover);
  }
  tr.data.selected > * {
    background: var(--_selected);
  }
  tr.problem td {
    color: var(--_error);
    background: var(--_surface);
    font-size: 0.875em;
  }
  tr.problem ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .muted {
    color: var(--_neutral);
  }
  .series-label {
    display: block;
    font-weight: 400;
    font-size: 0.8125em;
  }
  /* 見込み / 速報値 beside a value: a boxed word, so it reads without colour. */
  .qualifier {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding: 0 0.2em;
    border: 1px solid currentColor;
    border-radius: 0.2em;
    font-size: 0.75em;
    line-height: 1.3;
    vertical-align: 0.1em;
  }
  .cell-year {
    font-size: 0.8125em;
    color: var(--_neutral);
  }
  .note-ref {
    font-size: 0.75em;
    margin-inline-start: 0.15em;
    white-space: nowrap;
  }
  tr.expected th,
  tr.expected td {
    font-style: italic;
    color: var(--_neutral);
  }
  .footnotes {
    margin-top: 0.75em;
    font-size: 0.875em;
  }
  .footnotes h3 {
    font-size: 1em;
    margin: 0.5em 0 0.25em;
  }
  .footnotes dl {
    margin: 0;
  }
  .footnotes dl > div {
    display: flex;
    gap: 0.5em;
  }
  .footnotes dt {
    font-weight: 700;
    flex: none;
  }
  .footnotes dd {
    margin: 0;
  }
  .footnotes ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .note {
    display: block;
    font-weight: 400;
    font-size: 0.8125em;
    color: var(--_neutral);
  }

  /* The row header stays in view while the table scrolls sideways. */
  .sticky {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    min-width: 11em;
    max-width: var(--_sticky-width);
    box-shadow: 2px 0 0 var(--_border-color);
  }
  thead .sticky {
    z-index: 2;
  }
  .sticky-2 {
    position: sticky;
    inset-inline-start: 3.25em;
    z-index: 1;
    min-width: 11em;
    max-width: var(--_sticky-width);
    box-shadow: 2px 0 0 var(--_border-color);
  }
  .no-col {
    width: 3.25em;
    min-width: 3.25em;
    max-width: 3.25em;
  }

  .sort {
    font: inherit;
    font-weight: 700;
    color: inherit;
    background: none;
    border: 0;
    padding: 0.25em 0;
    min-height: 2.75rem;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    text-align: start;
  }
  .sort svg {
    width: 0.75em;
    height: 0.75em;
  }
  .select {
    font: inherit;
    font-weight: 600;
    color: var(--_text);
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
    cursor: pointer;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  .problems-summary {
    color: var(--_error);
    font-weight: 600;
    margin: 0 0 0.5em;
  }
  .loading {
    color: var(--_neutral);
  }
  .error-box {
    border: 2px solid var(--_error);
    padding: 0.75em 1em;
  }
  .error-box ul {
    margin: 0.25em 0 0;
  }

  /* Narrow containers: one sticky column, cues to scroll. */
  /* Narrow containers (phones): the indicator's name is the one column that stays in view. */
  @container (max-width: 40rem) {
    .no-col.sticky {
      position: static;
      box-shadow: none;
      min-width: 2.5em;
      max-width: 3em;
      font-size: inherit;
    }
    .sticky,
    .sticky-2 {
      position: sticky;
      inset-inline-start: 0;
      min-width: 7.5em;
      max-width: 9em;
      font-size: 0.9375em;
    }
    .reason,
    .text {
      min-width: 15em;
      font-size: 0.875em;
    }
    .row-kind .series-label {
      min-width: 6em;
    }
    /* The summary layout's narrow rows (rendered when the element is under 40rem): no sideways scroll. */
    .narrow th,
    .narrow td {
      padding: 0.3em 0.25em;
    }
    .narrow .num {
      font-size: 0.875em;
      width: 1%;
    }
    .narrow thead th:first-child,
    .narrow tbody th[scope='row'] {
      width: 45%;
    }
    .narrow .sticky,
    .narrow .sticky-2 {
      position: static;
      min-width: 0;
      max-width: none;
      box-shadow: none;
    }
    .narrow .judgment {
      flex-wrap: wrap;
      white-space: normal;
    }
    tr.group th {
      white-space: normal;
    }
  }
  .no-inline {
    margin-inline-end: 0.3em;
    color: var(--_neutral);
    font-variant-numeric: tabular-nums;
  }
  .more {
    margin-top: 0.25em;
    font-weight: normal;
    font-size: 0.875em;
  }
  .more summary {
    cursor: pointer;
    color: var(--_neutral);
  }
  .more summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .more dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15em 0.6em;
    margin: 0.3em 0 0;
  }
  .more dt {
    color: var(--_neutral);
  }
  .more dd {
    margin: 0;
  }

  @media (forced-colors: active) {
    .scroller {
      background: Canvas;
    }
    tr.data.selected > * {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .filter[aria-pressed='true'] {
      border-color: Highlight;
    }
    tr.group th {
      border-bottom: 2px solid CanvasText;
    }
  }

  @media print {
    :host {
      font-size: 8pt;
    }
    /* The counts print as a line of text under the headline: 達成 20（概ね達成含む） 未達成 8 集計中 3. */
    .filter {
      border: 0;
      padding: 0;
      background: none;
      color: inherit;
    }
    .filter[aria-pressed='true'] {
      font-weight: inherit;
    }
    .filter:last-child,
    .hint,
    .sort svg,
    .status {
      display: none !important;
    }
    .scroller {
      overflow: visible;
      border: 0;
      background: none;
    }
    table {
      width: 100%;
      min-width: 0;
      table-layout: auto;
    }
    th,
    td {
      white-space: normal;
      padding: 0.15em 0.3em;
      break-inside: avoid;
    }
    .num {
      white-space: nowrap;
    }
    .sticky,
    .sticky-2 {
      position: static;
      box-shadow: none;
      max-width: none;
    }
    .reason,
    .text {
      min-width: 0;
    }
    thead {
      display: table-header-group;
    }
    /* Repeated on every page with all their words: nothing sticky. */
    thead th {
      position: static !important;
    }
    /* A group heading never stays alone at the foot of a page. */
    tr.group {
      break-after: avoid;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
