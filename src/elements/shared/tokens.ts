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
 * The shared judgment colours, overridable by a page: `--pi-success`, `--pi-warning`,
 * `--pi-error`, `--pi-info`, `--pi-neutral`, `--pi-surface`, `--pi-text`, `--pi-focus`.
 * `light-dark()` follows the page's `color-scheme`, so a light page stays light.
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
