// Routes of the test server (web-test-runner.config.mjs) that the browser tests of loading need:
// answers that never come, bodies that never end, slow and failing answers, wrong content types,
// and a log of what happened to each request (started, completed, aborted by the browser). Also
// serves the pages under /test/fixtures/csp/ with a strict Content-Security-Policy header.

/** The policy the README recommends; test/elements/csp.test.ts proves the elements need no more. */
export const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Nothing in a test waits longer than this; a hung answer is ended by the server after it. */
const SERVER_LIMIT_MS = 30000;

/** A small valid dataset whose plan title and indicator name are `title` (indicator id "i"). */
export function testDataset(title) {
  return {
    plan: { title, publisher: 'テスト市', reportedYear: 2024 },
    indicators: [{ id: 'i', name: title, unit: '件', direction: 'increase', targets: { 2023: 100, 2024: 100 }, actuals: { 2023: 40, 2024: 50 } }],
  };
}

const CSV = '指標ID,指標名,単位,方向,年度,目標値,実績値\ni,CSVの指標,件,増加,2024,100,50\n';

/** Per key: how many requests started, completed (the whole body sent) and were aborted by the client. */
const log = new Map();
const entry = (key) => {
  if (!log.has(key)) log.set(key, { started: 0, completed: 0, aborted: 0 });
  return log.get(key);
};
/** How many times each fail-once key was asked for. */
const failures = new Map();

/**
 * Takes the raw response over from Koa and calls `write(res)`; resolves when the connection ends.
 * Counts the request as aborted when the client closed it before the body was complete.
 */
function raw(ctx, key, write) {
  ctx.respond = false;
  const record = entry(key);
  record.started++;
  const res = ctx.res;
  return new Promise((resolve) => {
    const limit = setTimeout(() => res.destroy(), SERVER_LIMIT_MS);
    res.on('close', () => {
      clearTimeout(limit);
      if (res.writableFinished) record.completed++;
      else record.aborted++;
      resolve();
    });
    write(res);
  });
}

const json = (res, status, body, type = 'application/json; charset=utf-8') => {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

/** Koa middleware for the web-test-runner server. */
export async function testRoutes(ctx, next) {
  if (ctx.path === '/test/fixtures/csp/page-loader.html') {
    // page.html with the CDN loader (dist/cdn/policy-indicators.js) in place of the one-file bundle.
    const { readFile } = await import('node:fs/promises');
    const page = await readFile(new URL('../fixtures/csp/page.html', import.meta.url), 'utf8');
    const loader = page.replace('../../../dist/policy-indicators.min.js', '../../../dist/cdn/policy-indicators.js');
    if (loader === page) throw new Error('test/fixtures/csp/page.html no longer loads dist/policy-indicators.min.js');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = loader;
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (ctx.path.startsWith('/test/fixtures/csp/')) {
    await next();
    if (ctx.path.endsWith('.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (!ctx.path.startsWith('/__test/')) return next();
  const q = ctx.query;
  const key = String(q.key ?? ctx.path);
  const title = String(q.title ?? 'テスト');
  switch (ctx.path.replace(/\.[a-z]+$/, '')) {
    case '/__test/hang': // no response at all
      return raw(ctx, key, () => {});
    case '/__test/hang-body': // headers and the start of a body, then nothing
      return raw(ctx, key, (res) => {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        res.write('{"plan":{"title":');
      });
    case '/__test/slow': // the dataset after `ms` milliseconds
      return raw(ctx, key, (res) => {
        const timer = setTimeout(() => json(res, 200, testDataset(title)), Math.min(Number(q.ms) || 0, SERVER_LIMIT_MS));
        res.on('close', () => clearTimeout(timer));
      });
    case '/__test/json-as-csv': // JSON sent as text/csv (also under a .csv name)
      return raw(ctx, key, (res) => json(res, 200, testDataset(title), 'text/csv; charset=utf-8'));
    case '/__test/csv-as-json': // a CSV sent as application/json
      return raw(ctx, key, (res) => json(res, 200, CSV));
    case '/__test/fail-once': { // 500 the first time for a key, the dataset afterwards
      const count = (failures.get(key) ?? 0) + 1;
      failures.set(key, count);
      return raw(ctx, key, (res) => (count === 1 ? json(res, 500, { error: 'first time' }) : json(res, 200, testDataset(title))));
    }
    case '/__test/log': // what happened to the requests of `key`
      ctx.set('Cache-Control', 'no-store');
      ctx.body = entry(key);
      return;
    default:
      ctx.status = 404;
      ctx.body = 'unknown test route';
  }
}
