import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    --_tone: var(--_neutral);
    --_background: var(--achievement-badge-background, var(--_surface));
    --_radius: var(--achievement-badge-radius, 0.375em);
    --_gap: var(--achievement-badge-gap, 0.3em);
    font-size: var(--achievement-badge-font-size, 1em);
    line-height: 1.3;
  }
  :host([size='small']) {
    font-size: var(--achievement-badge-font-size, 0.875em);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_gap);
    padding: 0.15em 0.55em;
    border: 2px solid var(--_tone);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--achievement-badge-color, var(--_tone));
    font-weight: 700;
    white-space: nowrap;
  }
  :host([compact]) .badge {
    padding: 0 0.25em;
    border-width: 1px;
    font-weight: 600;
  }
  .tone-success { --_tone: var(--achievement-badge-success, var(--_success)); }
  .tone-warning { --_tone: var(--achievement-badge-warning, var(--_warning)); }
  .tone-error { --_tone: var(--achievement-badge-error, var(--_error)); }
  .tone-info { --_tone: var(--achievement-badge-info, var(--_info)); }
  .tone-neutral { --_tone: var(--achievement-badge-neutral, var(--_neutral)); }
  .badge { border-color: var(--_tone); color: var(--achievement-badge-color, var(--_tone)); }
  svg {
    width: 1em;
    height: 1em;
    flex: none;
  }
  .warning {
    font-weight: 700;
    color: var(--_error, currentColor);
    border: 1px solid currentColor;
    border-radius: 50%;
    inline-size: 1.1em;
    block-size: 1.1em;
    line-height: 1.05em;
    text-align: center;
    font-size: 0.8em;
  }
  .provisional {
    font-size: 0.8em;
    font-weight: normal;
    border: 1px dashed currentColor;
    border-radius: 0.2em;
    padding: 0 0.25em;
  }
  .rate {
    font-variant-numeric: tabular-nums;
  }
  .problem {
    border-style: dashed;
  }
  .loading {
    display: inline;
    margin: 0;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
      color: CanvasText;
      background: Canvas;
      forced-color-adjust: none;
    }
    svg {
      color: CanvasText;
    }
  }
  @media print {
    .badge {
      background: none;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
