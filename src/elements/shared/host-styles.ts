import { css } from 'lit';

/** What every element shares: box model, font inheritance, a visually hidden class, focus ring. */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
    font: inherit;
    color: var(--_text);
    /* Japanese breaks between phrases, not inside words (「単位施策」, not 「単位施/策」), where the browser can. */
    word-break: auto-phrase;
  }
  :host *,
  :host *::before,
  :host *::after {
    box-sizing: inherit;
  }
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
