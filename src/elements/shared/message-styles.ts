import { css } from 'lit';

/**
 * The one look of an element's own message (a `src` that failed to load, an indicator that cannot
 * be charted), shared by the three elements: a short line in a box with an error border and a mark,
 * inline so that it fits where a badge would stand, wrapping within its container. Add it to an
 * element's `static styles` after `judgmentTokens` and `hostStyles` (it reads `--_error`, `--_text`,
 * `--_surface`, `--_neutral`).
 */
export const messageStyles = css`
  .pi-message {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
    max-inline-size: 100%;
    margin: 0;
    padding: 0.2em 0.6em;
    border: 2px solid var(--_error);
    border-radius: 0.375em;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
    font-weight: 400;
    line-height: 1.4;
    white-space: normal;
    overflow-wrap: anywhere;
    vertical-align: middle;
  }
  .pi-message svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    align-self: center;
    color: var(--_error);
  }
  .pi-loading {
    display: inline-block;
    margin: 0;
    color: var(--_neutral);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .pi-message {
      border-color: CanvasText;
    }
    .pi-message svg {
      color: CanvasText;
    }
  }
`;
