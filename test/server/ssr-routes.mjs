// /__ssr/page.html for test/elements/ssr-hydrate.test.ts: a page made of what `npx policy-indicators
// render` prints for Atsugi (table; chart and badge of a01), as a city would publish it, with the
// script line of the README. Query: bundle=hydrate (default) | plain, and variant=no-data, which
// drops the inline dataset so that the browser renders something else than the server did; and
// csp=strict | hash | nonce, which serves the page under a Content-Security-Policy whose style-src
// is 'self' alone, or with the hashes `render --csp` prints, or with the nonce of `render --nonce`;
// and stream=1, which loads the bundle `async` and holds the rest of the page back, from the table's
// inline JSON on (cut=json-middle: from the middle of its text on), until the page has defined the
// table (it asks for /__ssr/continue): the bundle then runs while the document is still being
// parsed, as on a slow connection. variant=embed: the table as `policy-indicators embed` writes it
// (inline JSON, no server render), the CMS paste of the README.
import { execFile } from 'node:child_process';
import { styleHashes } from '../../bin/static-html.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DATA = 'data/atsugi-fy2024.json';
const RENDERS = [
  ['--element', 'table'],
  ['--element', 'chart', '--indicator', 'a01'],
  ['--element', 'badge', '--indicator', 'a01'],
];
const BUNDLES = { hydrate: '/dist/policy-indicators.hydrate.min.js', plain: '/dist/policy-indicators.min.js' };

const NONCE = 'pi-test-nonce';

/** The CLI's output by its arguments, once per test run (dist/ is built before the browser tests). */
const outputs = new Map();
const cli = (command, args) => {
  const key = [command, ...args].join(' ');
  if (!outputs.has(key)) {
    const output = new Promise((resolve, reject) =>
      execFile(process.execPath, ['bin/policy-indicators.mjs', command, DATA, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
        error ? reject(new Error(`policy-indicators ${key}: ${stderr || error.message}`)) : resolve(stdout)));
    output.catch(() => outputs.delete(key)); // a failure (dist/ not built yet) is not kept
    outputs.set(key, output);
  }
  return outputs.get(key);
};

/** Errors, unhandled rejections and console errors or warnings of the page, for the test to read. */
const RECORDER = `<script>
  window.__errors = [];
  addEventListener('error', (e) => __errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason && e.reason.message || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => __errors.push('CSP blocked ' + e.violatedDirective + ' ' + (e.sample || e.blockedURI)));
  addEventListener('indicator-error', (e) => __errors.push('indicator-error: ' + e.detail.message), true);
  // Every message the table shows (an alert: could not load, could not read), frame by frame.
  window.__alerts = [];
  requestAnimationFrame(function look() {
    const alert = document.querySelector('policy-indicator-table')?.shadowRoot?.querySelector('[role=alert]');
    if (alert) __alerts.push(alert.textContent);
    requestAnimationFrame(look);
  });
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => { __errors.push(args.map(String).join(' ')); original.apply(console, args); };
  }
</script>`;

/** Before any module runs: the server's first row, to tell a hydrated table (same node) from a re-rendered one. */
const MARK = `<script>window.__serverRow = document.querySelector('policy-indicator-table').shadowRoot?.querySelector('tr.data');</script>`;

/** The page up to its body: the recorder first, then `scripts` (how the bundle is loaded). */
const head = (scripts) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>SSR</title>${RECORDER}
    ${scripts}</head>`;

/** Streamed pages waiting for their continuation, by token. */
const held = new Map();
let tokens = 0;

export async function ssrRoutes(ctx, next) {
  if (ctx.path === '/__ssr/continue') {
    held.get(String(ctx.query.token))?.();
    ctx.status = 204;
    return;
  }
  if (ctx.path !== '/__ssr/page.html') return next();
  const csp = ctx.query.csp;
  let body = ctx.query.variant === 'embed'
    ? await cli('embed', ['--element', 'table'])
    : (await Promise.all(RENDERS.map((args) => cli('render', csp === 'nonce' ? [...args, '--nonce', NONCE] : args)))).join('\n');
  if (csp === 'strict') ctx.set('Content-Security-Policy', "style-src 'self'");
  if (csp === 'hash') ctx.set('Content-Security-Policy', `style-src 'self' ${styleHashes(body).join(' ')}`);
  if (csp === 'nonce') ctx.set('Content-Security-Policy', `style-src 'self' 'nonce-${NONCE}'`);
  if (ctx.query.variant === 'no-data') body = body.replace(/\n {2}<script type="application\/json">[^<]*<\/script>\n/g, '\n');
  const bundle = BUNDLES[ctx.query.bundle] ?? BUNDLES.hydrate;
  if (ctx.query.stream) {
    const token = String(++tokens);
    const open = body.search(/\s*<script type="application\/json">/);
    if (open < 0) throw new Error('the table has no inline JSON to hold back');
    const text = body.indexOf('>', body.indexOf('<script type="application/json">', open)) + 1;
    const cut = ctx.query.cut === 'json-middle' ? text + Math.floor((body.indexOf('</script>', text) - text) / 2) : open;
    const continued = new Promise((resolve) => {
      held.set(token, resolve);
      setTimeout(resolve, 15000); // never hangs a test: the page then simply arrives whole
    });
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.write(`${head(`<script>customElements.whenDefined('policy-indicator-table').then(() => fetch('/__ssr/continue?token=${token}'));</script>
    <script type="module" async src="${bundle}"></script>`)}<body>${body.slice(0, cut)}`);
    await continued;
    held.delete(token);
    res.end(`${body.slice(cut)}${MARK}</body></html>`);
    return;
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = `${head(`<script type="module" src="${bundle}"></script>`)}<body>${body}${MARK}</body></html>`;
}
