import { css, unsafeCSS } from 'lit';

/**
 * Colours from the Digital Agency design tokens (@digital-go-jp/design-tokens 1.1.9), copied
 * so the package does not ship the tokens' CommonJS metadata; a test checks every value against
 * the package. Text uses the "-2" shades, which keep 4.5:1 on white.
 */
export const TOKENS = {
  success: '#197a4b', // Color.Semantic.Success.2 (primitive green-800)
  successLight: '#c2e5d1', // primitive green-100, for dark schemes
  warning: '#c74700', // Color.Semantic.Warning.Orange.2 (primitive orange-800)
  warningLight: '#ffdfca', // primitive orange-100
  error: '#ce0000', // Color.Semantic.Error.2 (primitive red-900)
  errorLight: '#ffdada', // primitive red-100
  info: '#0031d8', // primitive blue-800
  infoLight: '#d9e6ff', // primitive blue-100
  neutral: '#4d4d4d', // neutral solid-gray-700
  neutralLight: '#e6e6e6', // neutral solid-gray-100
  text: '#1a1a1a', // neutral solid-gray-900
  surface: '#ffffff', // neutral white
  surfaceDark: '#1a1a1a', // neutral solid-gray-900
  border: '#999999', // neutral solid-gray-400
  focus: '#0031d8', // primitive blue-800
} as const;

const c = (light: string, dark: string) => unsafeCSS(`light-dark(${light}, ${dark})`);

/**
 * The shared colours, overridable by a page for every element at once. `light-dark()` follows the
 * page's `color-scheme`, so a light page stays light. scripts/manifest.mjs copies these lines into
 * each element's entry in custom-elements.json (a test checks the defaults against TOKENS).
 *
 * @cssproperty [--pi-success=light-dark(#197a4b, #c2e5d1)] - Tone of 達成 and of grades A and B.
 * @cssproperty [--pi-warning=light-dark(#c74700, #ffdfca)] - Tone of 概ね達成; the chart's second actual series.
 * @cssproperty [--pi-error=light-dark(#ce0000, #ffdada)] - Tone of 未達成 and of grade D.
 * @cssproperty [--pi-info=light-dark(#0031d8, #d9e6ff)] - Tone of grade C; the chart's actual line.
 * @cssproperty [--pi-neutral=light-dark(#4d4d4d, #e6e6e6)] - Tone of 集計中 and of no judgment; the chart's target line and axis labels.
 * @cssproperty [--pi-surface=light-dark(#ffffff, #1a1a1a)] - Background of badges, table cells and sticky columns.
 * @cssproperty [--pi-text=light-dark(#1a1a1a, #ffffff)] - Text colour; the chart's baseline marker.
 * @cssproperty [--pi-border=#999999] - Borders of table cells and boxes.
 * @cssproperty [--pi-focus=light-dark(#0031d8, #d9e6ff)] - The focus ring.
 */
export const judgmentTokens = css`
  :host {
    --_success: var(--pi-success, ${c(TOKENS.success, TOKENS.successLight)});
    --_warning: var(--pi-warning, ${c(TOKENS.warning, TOKENS.warningLight)});
    --_error: var(--pi-error, ${c(TOKENS.error, TOKENS.errorLight)});
    --_info: var(--pi-info, ${c(TOKENS.info, TOKENS.infoLight)});
    --_neutral: var(--pi-neutral, ${c(TOKENS.neutral, TOKENS.neutralLight)});
    --_surface: var(--pi-surface, ${c(TOKENS.surface, TOKENS.surfaceDark)});
    --_text: var(--pi-text, ${c(TOKENS.text, TOKENS.surface)});
    --_border: var(--pi-border, ${unsafeCSS(TOKENS.border)});
    --_focus: var(--pi-focus, ${c(TOKENS.focus, TOKENS.infoLight)});
  }
`;
