import { html, type TemplateResult } from 'lit';

/** Data paths as served by Storybook (staticDirs) and by the test server alike. */
export const ATSUGI = 'data/atsugi-fy2024.json';
export const ASAKA = 'data/asaka-fy2024.json';

/** A frame of a given width, to show how an element reads on a phone. */
export const narrow = (story: TemplateResult, width = 360) => html`<div style="width:${width}px;max-width:100%">${story}</div>`;

/** A dark page: `color-scheme: dark` is what the elements' `light-dark()` colours follow. */
export const dark = (story: TemplateResult) =>
  html`<div style="color-scheme:dark;background:#1a1a1a;color:#fff;padding:1rem">${story}</div>`;
