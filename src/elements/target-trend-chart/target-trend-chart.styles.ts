import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_target: var(--target-trend-chart-target-color, var(--_neutral));
    --_actual: var(--target-trend-chart-actual-color, var(--_info));
    --_actual-2: var(--target-trend-chart-actual-2-color, var(--_warning));
    --_baseline: var(--target-trend-chart-baseline-color, var(--_text));
    --_grid: var(--target-trend-chart-grid-color, light-dark(#e6e6e6, #4d4d4d));
    --_not-due: var(--target-trend-chart-not-due-color, light-dark(#f2f2f2, #333333));
    --_axis-text: var(--target-trend-chart-axis-color, var(--_neutral));
    font-size: var(--target-trend-chart-font-size, 0.9375rem);
    line-height: 1.5;
  }
  figure {
    margin: 0;
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    font-weight: 700;
  }
  .unit {
    font-weight: 400;
    color: var(--_neutral);
  }
  .summary {
    margin: 0.35em 0 0.5em;
  }
  .plot {
    position: relative;
  }
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-size: 12px;
  }
  .grid line {
    stroke: var(--_grid);
  }
  .axis text {
    fill: var(--_axis-text);
  }
  .domain {
    stroke: var(--_axis-text);
  }
  .axis .current {
    font-weight: 700;
    fill: var(--_text);
  }
  .not-due {
    fill: var(--_not-due);
  }
  .not-due-label {
    fill: var(--_axis-text);
    font-size: 11px;
  }
  .target-line {
    fill: none;
    stroke: var(--_target);
    stroke-width: 2;
    stroke-dasharray: 7 4;
  }
  .actual-line {
    fill: none;
    stroke: var(--_actual);
    stroke-width: 3;
  }
  .actual-line.series-1 {
    stroke: var(--_actual-2);
    stroke-dasharray: 2 3;
  }
  /* Hollow, and larger than the actual marker, so a target met exactly still shows around it. */
  .marker-target {
    fill: none;
    stroke: var(--_target);
    stroke-width: 2;
  }
  /* Expected values (期待値): a thin dash-dot line with plus marks, never mistaken for the target. */
  .expected-line {
    fill: none;
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 2 3 8 3;
  }
  .marker-expected {
    fill: none;
    stroke: var(--_target);
    stroke-width: 2;
  }
  .marker-actual {
    fill: var(--_actual);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .marker-actual.series-1 {
    fill: var(--_actual-2);
  }
  .marker-baseline {
    fill: var(--_baseline);
  }
  .status-label {
    fill: var(--_text);
    font-size: 11px;
  }
  .point {
    cursor: default;
  }
  .point:focus {
    outline: none;
  }
  .point:focus-visible .focus-ring,
  .point.active .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3;
    fill: none;
  }
  .focus-ring {
    stroke: none;
    fill: none;
  }
  .hit {
    fill: transparent;
  }
  .direction {
    fill: var(--_text);
    font-weight: 700;
  }
  .tooltip {
    position: absolute;
    pointer-events: none;
    transform: translate(-50%, calc(-100% - 10px));
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_text);
    border-radius: 4px;
    padding: 0.2em 0.5em;
    font-size: 0.875em;
    white-space: nowrap;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    z-index: 1;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    list-style: none;
    margin: 0.5em 0;
    padding: 0;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend svg {
    width: 2.5em;
    height: 1em;
    overflow: visible;
  }
  .toggle {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25em 0.9em;
    border: 1px solid var(--_border);
    border-radius: 0.375em;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .table-wrap {
    overflow-x: auto;
    margin-top: 0.5em;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25em 0.5em;
    text-align: end;
    white-space: nowrap;
  }
  th[scope='row'] {
    text-align: start;
  }
  thead th {
    background: light-dark(#f2f2f2, #333333);
  }
  .problems {
    margin: 0.5em 0 0;
    padding: 0.5em 0.75em 0.5em 1.75em;
    border-inline-start: 4px solid var(--_error);
    color: var(--_text);
    font-size: 0.875em;
  }
  .hint {
    font-size: 0.8125em;
    color: var(--_neutral);
    margin: 0.25em 0 0;
  }
  @media (forced-colors: active) {
    .target-line,
    .marker-target,
    .expected-line,
    .marker-expected {
      stroke: CanvasText;
    }
    .actual-line,
    .actual-line.series-1 {
      stroke: Highlight;
    }
    .marker-actual,
    .marker-actual.series-1,
    .marker-baseline {
      fill: CanvasText;
    }
    .not-due {
      fill: Canvas;
      stroke: GrayText;
    }
    .grid line {
      stroke: GrayText;
    }
    .axis text,
    .status-label,
    .direction {
      fill: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    .toggle,
    .tooltip,
    .hint {
      display: none !important;
    }
    .table-wrap[hidden] {
      display: none;
    }
    svg.chart {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
