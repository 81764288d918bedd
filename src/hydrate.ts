/**
 * policy-indicators/hydrate: the package for pages whose elements were rendered on the server
 * (`npx policy-indicators render`, or `@lit-labs/ssr`). Lit's hydration support must run before
 * LitElement is defined; importing it first, here, makes that order part of the module graph, and
 * keeps it out of the entry for pages rendered in the browser. Import this instead of `policy-indicators`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './index.js';
