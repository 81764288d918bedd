import { css } from 'lit';

/** Styles of `judgmentMark` (judgment-mark.ts, a module of its own so that an element's styles do not bring its rendering), for the stylesheet of the element that shows it (with `judgmentTokens`). */
export const judgmentMarkStyles = css`
  .judgment {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0 0.3em;
    border: 1px solid var(--_tone);
    border-radius: 0.3em;
    color: var(--_tone);
    background: var(--_surface);
    font-weight: 600;
    font-size: 0.875em;
    line-height: 1.35;
    white-space: nowrap;
    --_tone: var(--_neutral);
  }
  .judgment.tone-success { --_tone: var(--_success); }
  .judgment.tone-warning { --_tone: var(--_warning); }
  .judgment.tone-error { --_tone: var(--_error); }
  .judgment.tone-info { --_tone: var(--_info); }
  .judgment-icon {
    width: 1em;
    height: 1em;
    flex: none;
  }
  .judgment-rate {
    font-variant-numeric: tabular-nums;
  }
  .judgment-provisional {
    font-size: 0.8em;
    font-weight: normal;
    border: 1px dashed currentColor;
    border-radius: 0.2em;
    padding: 0 0.2em;
  }
  @media (forced-colors: active) {
    .judgment {
      border-color: CanvasText;
      color: CanvasText;
      background: Canvas;
      forced-color-adjust: none;
    }
  }
  @media print {
    .judgment {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
