import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import '../../src/index.js';
import { validate } from '../../src/core/validate.js';
import { DataSourceController, clampTimeout, sniffFormat, withSourceProblems, type DataFormat } from '../../src/elements/shared/data-source.js';
import { describeProblem } from '../../src/i18n/messages.js';
import type { PolicyIndicatorTable } from '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import type { TargetTrendChart } from '../../src/elements/target-trend-chart/target-trend-chart.js';
import type { AchievementBadge } from '../../src/elements/achievement-badge/achievement-badge.js';
import { until } from '../helpers/wait.js';
import { spyOnFetch } from '../helpers/fetch-spy.js';

const url = (path: string) => new URL(`../../${path}`, import.meta.url).href;
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The details of a load error: the whole URL and every problem, in the short message's title. */
const titleOf = (el: Element) => $(el, '[role=alert]')?.getAttribute('title') ?? '';
/** A unique URL each time, so the page-wide cache does not answer from an earlier test. */
let n = 0;
const fresh = (path: string) => `${url(path)}?t=${Date.now()}-${n++}`;

async function settle(el: PolicyIndicatorTable | TargetTrendChart | AchievementBadge, until: () => boolean) {
  for (let i = 0; i < 100 && !until(); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
}

describe('src: loading a dataset by URL', () => {
  it('shows a loading state, then renders the Atsugi table from src', async () => {
    const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table src=${fresh('data/atsugi-fy2024.json')}></policy-indicator-table>`);
    expect(text($(el, '[part=loading]'))).to.equal('データを読み込んでいます…');
    await settle(el, () => !!$(el, 'tr.data'));
    expect($$(el, 'tr.data')).to.have.length(31);
    expect(text($(el, '[part=headline]'))).to.equal('31単位施策');
  });

  it('404: a readable message naming the status and the file, and indicator-error', async () => {
    const el = document.createElement('policy-indicator-table');
    el.src = fresh('data/no-such-file.json');
    const event = oneEvent(el, 'indicator-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.message).to.match(/^データを読み込めませんでした（404/);
    expect(text($(el, '[role=alert]'))).to.contain('no-such-file.json');
    el.remove();
  });

  it('network failure: says so', async () => {
    const el = document.createElement('policy-indicator-table');
    el.lang = 'en';
    el.src = 'http://127.0.0.1:9/unreachable.json';
    const event = oneEvent(el, 'indicator-error');
    document.body.append(el);
    expect((await event).detail.message).to.match(/^The data could not be fetched \(network error\)/);
    el.remove();
  });

  it('invalid JSON: says the file is not JSON', async () => {
    const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table src=${fresh('test/fixtures/not-json.json')}></policy-indicator-table>`);
    await settle(el, () => !!$(el, '[role=alert]'));
    expect(text($(el, '[role=alert]'))).to.equal('データを読み込めませんでした（JSONとして読み取れません）：not-json.json');
    expect(titleOf(el)).to.match(/^データをJSONとして読み取れません/);
  });

  it('invalid data: the located problem in its row, the valid rest rendered', async () => {
    const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table src=${fresh('test/fixtures/invalid-data.json')}></policy-indicator-table>`);
    await settle(el, () => !!$(el, 'tr.data'));
    expect($$(el, 'tr.data')).to.have.length(2);
    expect(text($(el, 'tr.problem'))).to.contain('指標「壊れた指標」の目標値');
  });

  it('when src changes quickly, a stale response never overwrites the newer one', async () => {
    const original = window.fetch;
    const pending = new Map<string, (r: Response) => void>();
    window.fetch = ((input: RequestInfo | URL) => new Promise<Response>((resolve) => pending.set(String(input), resolve))) as typeof fetch;
    try {
      const slow = fresh('slow.json');
      const fast = fresh('fast.json');
      const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table src=${slow}></policy-indicator-table>`);
      el.src = fast;
      await el.updateComplete;
      const doc = (title: string) => JSON.stringify({ plan: { title, publisher: 'p', reportedYear: 2024 }, indicators: [{ id: 'i', name: title, targets: { 2024: 1 }, actuals: { 2024: 1 } }] });
      pending.get(new URL(fast).href)!(new Response(doc('新しい方')));
      await settle(el, () => !!$(el, 'tr.data'));
      pending.get(new URL(slow).href)!(new Response(doc('古い方')));
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(text($(el, 'tr.data th'))).to.equal('新しい方');
    } finally {
      window.fetch = original;
    }
  });

  it('several elements with the same src fetch it once', async () => {
    const spy = spyOnFetch();
    try {
      const src = fresh('data/atsugi-fy2024.json');
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <policy-indicator-table src=${src}></policy-indicator-table>
        <target-trend-chart src=${src} indicator-id="a01"></target-trend-chart>
        <achievement-badge src=${src} indicator-id="a10"></achievement-badge>
      </div>`);
      const [table, chart, badge] = [...wrap.children] as [PolicyIndicatorTable, TargetTrendChart, AchievementBadge];
      await settle(table, () => !!$(table, 'tr.data'));
      await settle(chart, () => !!$(chart, 'svg.chart'));
      await settle(badge, () => !!$(badge, '[part=rate]'));
      expect(spy.requests.length).to.equal(1);
      expect(text($(chart, '[part=summary]'))).to.contain('達成率61.3%（未達成）');
      expect(text($(badge, '[part=rate]'))).to.equal('59.8%'); // Atsugi No.10, as printed
    } finally {
      spy.restore();
    }
  });

  it('requests src from a short stack: not inside the code that connected the element, a microtask after it', async () => {
    // fetch() records where it was called from; called inside a bundle's top level (an element in
    // the page when its script runs), that costs V8 a re-parse of the whole bundle (data-source.ts).
    const spy = spyOnFetch();
    const stacks = () => spy.requests.map((r) => r.stack);
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const el = document.createElement('policy-indicator-table');
      el.src = fresh('data/atsugi-fy2024.json');
      function connectTheTable() {
        host.append(el);
      }
      connectTheTable();
      expect(stacks(), 'no request while connecting').to.have.length(0);
      await settle(el, () => !!$(el, 'tr.data'));
      expect($$(el, 'tr.data')).to.have.length(31);
      expect(stacks()).to.have.length(1);
      expect(stacks()[0]).to.not.include('connectTheTable');
    } finally {
      spy.restore();
      host.remove();
    }
  });
});

describe('inline JSON for CMS pages without external files', () => {
  it('reads a child <script type="application/json"> as the dataset', async () => {
    const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table><script type="application/json">
      {"plan":{"title":"インライン","publisher":"テスト市","reportedYear":2024},
       "indicators":[{"id":"a","name":"相談件数","unit":"件","direction":"increase","targets":{"2024":"3,550"},"actuals":{"2024":"2,176"}}]}
    </script></policy-indicator-table>`);
    await el.updateComplete;
    expect(text($(el, 'tr.data'))).to.contain('61.3%');
  });

  it('says so when the inline JSON is broken', async () => {
    const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table><script type="application/json">{ broken</script></policy-indicator-table>`);
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal('データを読み込めませんでした（JSONとして読み取れません）：ページ内のJSON');
    expect(titleOf(el)).to.contain('inline');
  });
});

describe('CSV in the long format', () => {
  for (const file of ['kpi-utf8.csv', 'kpi-bom.csv', 'kpi-sjis.csv']) {
    it(`reads ${file}: rates as printed (61.3%, 126.3%), 集計中, the plan title`, async () => {
      const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table src=${fresh(`test/fixtures/${file}`)}></policy-indicator-table>`);
      await settle(el, () => !!$(el, 'tr.data'));
      const rows = $$(el, 'tr.data').map(text);
      expect(rows).to.have.length(3);
      expect(rows[0]).to.contain('3,550件').and.contain('2,176件').and.contain('61.3%');
      expect(rows[1]).to.contain('集計中');
      expect(rows[2]).to.contain('126.3%');
      expect(text($(el, 'caption'))).to.contain('厚木市産業マスタープラン後期実施計画（抜粋）');
      expect($$(el, 'thead th').map(text)).to.include('目標 R8');
    });
  }

  it('format="csv": a row with an unreadable year does not blank the table; the other rows render', async () => {
    const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table format="csv" src=${fresh('test/fixtures/kpi-bad-year.csv')}></policy-indicator-table>`);
    await settle(el, () => !!$(el, 'tr.data'));
    expect($(el, '[part=message]')).to.equal(null);
    expect($$(el, 'tr.data th').map(text)).to.deep.equal(['壊れた年度', '単位違い']);
    expect($$(el, 'tr.problem').map(text).join('|')).to.contain('指標「単位違い」の目標値');
    // The CSV's own row problems are shown too: the bad year on the row of 壊れた年度, the row without an id above the table.
    expect($$(el, 'tr.problem').map(text).join('|')).to.contain('2行目の「年度」');
    expect(text($(el, '.problems-summary'))).to.contain('3行目の「指標ID」');
  });

  it('reports the CSV row problems in indicator-error', async () => {
    const el = document.createElement('policy-indicator-table');
    const event = new Promise<CustomEvent>((resolve) => el.addEventListener('indicator-error', (e) => resolve(e as CustomEvent), { once: true }));
    el.setAttribute('src', fresh('test/fixtures/kpi-bad-year.csv'));
    document.body.append(el);
    const { detail } = await event;
    expect(detail.problems.map((p: { path: string }) => p.path)).to.include.members(['rows[2].年度', 'rows[3].指標ID']);
    el.remove();
  });

  it('a CSV without the required columns is a load failure that says which column is missing', async () => {
    const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table src=${fresh('test/fixtures/kpi-no-id-column.csv')}></policy-indicator-table>`);
    await settle(el, () => !!$(el, '[role=alert]'));
    const message = text($(el, '[role=alert]'));
    expect(message).to.equal('データを読み込めませんでした（CSVを読み取れません）：kpi-no-id-column.csv');
    expect(titleOf(el)).to.contain('1行目の「指標ID」');
  });
});

/** The smallest element with a data source, to see what the controller hands over. */
class CsvSourceHost extends ReactiveElement {
  src = '';
  format: DataFormat = 'auto';
  source = new DataSourceController(this);
  protected override willUpdate(): void {
    this.source.sync();
  }
}
customElements.define('csv-source-host', CsvSourceHost);

describe('DataSourceController: problems of a CSV row are passed on with the document', () => {
  async function load(path: string): Promise<CsvSourceHost> {
    const host = document.createElement('csv-source-host') as CsvSourceHost;
    host.src = fresh(path);
    document.body.append(host);
    for (let i = 0; i < 100 && host.source.state !== 'loaded' && host.source.state !== 'error'; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    host.remove();
    return host;
  }

  it('kpi-bad-year.csv loads: the document, and the problems of rows 2 and 3 beside it', async () => {
    const { source } = await load('test/fixtures/kpi-bad-year.csv');
    expect(source.state).to.equal('loaded');
    expect(source.error).to.equal(null);
    expect((source.value as { indicators: { id: string }[] }).indicators.map((i) => i.id)).to.deep.equal(['x1', 'x2']);
    expect(source.problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['rows[2].年度', 'bad-year'],
      ['rows[3].指標ID', 'required'],
    ]);
    expect(describeProblem(source.problems[0]!, 'ja')).to.equal('2行目の「年度」：年度として読み取れません（値："R?"）。期待される値：2024 や 令和6年度 のような年度');
  });

  it('withSourceProblems puts them first in the validation result, which is then not valid', async () => {
    const { source } = await load('test/fixtures/kpi-bad-year.csv');
    const result = withSourceProblems(validate(source.value), source.problems);
    expect(result.valid).to.equal(false);
    expect(result.problems.map((p) => p.path)).to.deep.equal(['rows[2].年度', 'rows[3].指標ID', 'indicators[1].targets.2024']);
    expect(result.dataset!.indicators.map((i) => i.id)).to.deep.equal(['x1', 'x2']);
  });

  it('a JSON source has no such problems; a CSV without its required columns is an error', async () => {
    expect((await load('data/atsugi-fy2024.json')).source.problems).to.deep.equal([]);
    const { source } = await load('test/fixtures/kpi-no-id-column.csv');
    expect(source.state).to.equal('error');
    expect(source.error!.kind).to.equal('csv');
    expect(source.error!.problems!.map((p) => p.path)).to.deep.equal(['rows[1].名前', 'rows[1].指標ID']);
  });
});

/*
 * Requests that never end, or that nobody wants any more (issue 9, item 7). The routes are served by
 * test/server/routes.mjs; /__test/log?key= says how many requests of a key the server saw start,
 * complete, and be aborted by the browser. Every wait is bounded (a 300 ms `timeout`, `until` limits).
 */
type SourceElement = PolicyIndicatorTable | TargetTrendChart | AchievementBadge;
type ServerLog = { started: number; completed: number; aborted: number };
const TAGS = ['policy-indicator-table', 'target-trend-chart', 'achievement-badge'] as const;

let keys = 0;
const newKey = () => `k${Date.now()}-${keys++}-${Math.random().toString(36).slice(2, 8)}`;
const route = (name: string, params: Record<string, string | number>) =>
  `/__test/${name}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
async function serverLog(key: string): Promise<ServerLog> {
  const response = await fetch(route('log', { key }), { signal: AbortSignal.timeout(3000), cache: 'no-store' });
  return response.json();
}
/** Polls the server log until `check` holds (at most `ms`), then returns it. */
async function logUntil(key: string, check: (log: ServerLog) => boolean, ms = 3000): Promise<ServerLog> {
  const start = performance.now();
  let log = await serverLog(key);
  while (!check(log) && performance.now() - start < ms) {
    await new Promise((r) => setTimeout(r, 50));
    log = await serverLog(key);
  }
  return log;
}
/** Creates `tag` with the attributes (indicator "i" for the chart and the badge) and puts it in the page. */
function place(tag: (typeof TAGS)[number], attrs: Record<string, string>): SourceElement {
  const el = document.createElement(tag) as SourceElement;
  if (tag !== 'policy-indicator-table') el.setAttribute('indicator-id', 'i');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.body.append(el);
  placed.push(el);
  return el;
}
const placed: Element[] = [];
const errorOf = (el: Element) => new Promise<CustomEvent>((resolve) => el.addEventListener('indicator-error', (e) => resolve(e as CustomEvent), { once: true }));
/** What the element shows: its data (name of the first indicator), or its message. */
const shown = (el: Element) => text($(el, 'tr.data th') ?? $(el, '[part=caption]') ?? $(el, '[part=label]') ?? $(el, '[role=alert]') ?? $(el, '[part=loading]'));
const alertOf = (el: Element) => text($(el, '[role=alert]'));

describe('src that never answers, requests nobody wants, retries, content sniffing (issue 9, item 7)', () => {
  afterEach(() => {
    for (const el of placed.splice(0)) el.remove();
  });

  it('timeout: default 15000 ms; the attribute is read as milliseconds and clamped to 100–300000', () => {
    expect(clampTimeout(undefined)).to.equal(15000);
    expect(clampTimeout(Number.NaN)).to.equal(15000);
    expect(clampTimeout(0)).to.equal(15000);
    expect(clampTimeout(-5)).to.equal(15000);
    expect(clampTimeout('abc')).to.equal(15000);
    expect(clampTimeout(50)).to.equal(100);
    expect(clampTimeout('2500')).to.equal(2500);
    expect(clampTimeout(1e9)).to.equal(300000);
    for (const tag of TAGS) {
      const el = document.createElement(tag);
      expect(el.timeout, tag).to.equal(15000);
      el.setAttribute('timeout', '300');
      expect(el.timeout, tag).to.equal(300);
    }
  });

  it('hung body (headers, then a body that never ends): the timeout message, indicator-error, and the request is aborted', async () => {
    const key = newKey();
    const start = performance.now();
    const el = place('policy-indicator-table', { timeout: '300', src: route('hang-body', { key }) });
    const { detail } = await errorOf(el);
    const elapsed = performance.now() - start;
    expect(elapsed).to.be.within(250, 3000);
    expect(detail.message).to.match(/^データを取得できませんでした（0\.3秒で時間切れ）：http:\/\/.*hang-body/);
    await el.updateComplete;
    expect(alertOf(el)).to.equal('データを読み込めませんでした（0.3秒で時間切れ）：hang-body');
    expect(titleOf(el)).to.equal(detail.message);
    expect($(el, '[part=loading]')).to.equal(null);
    const log = await logUntil(key, (l) => l.aborted === 1);
    expect(log).to.deep.equal({ started: 1, completed: 0, aborted: 1 });
  });

  it('no response at all: the same message and event from each element, in English too', async () => {
    const shortly = { ja: 'データを読み込めませんでした（0.3秒で時間切れ）：hang', en: 'The data could not be loaded (no answer within 0.3 s): hang' };
    for (const [tag, lang, pattern] of [
      ['policy-indicator-table', 'ja', /^データを取得できませんでした（0\.3秒で時間切れ）：/],
      ['target-trend-chart', 'en', /^The data could not be fetched \(no answer within 0\.3 s\): http/],
      ['achievement-badge', 'en', /^The data could not be fetched \(no answer within 0\.3 s\): http/],
    ] as const) {
      const key = newKey();
      const el = place(tag, { timeout: '300', lang, src: route('hang', { key }) });
      const { detail } = await errorOf(el);
      expect(detail.message, tag).to.match(pattern);
      await el.updateComplete;
      expect(alertOf(el), tag).to.equal(shortly[lang]);
      expect(titleOf(el), tag).to.equal(detail.message);
      expect($(el, '[part=loading]'), tag).to.equal(null);
      expect((await logUntil(key, (l) => l.aborted === 1)).aborted, tag).to.equal(1);
    }
  });

  it('removing the element aborts its request', async () => {
    const key = newKey();
    const el = place('policy-indicator-table', { src: route('hang', { key }) });
    expect((await logUntil(key, (l) => l.started === 1)).started).to.equal(1);
    el.remove();
    expect(await logUntil(key, (l) => l.aborted === 1)).to.deep.equal({ started: 1, completed: 0, aborted: 1 });
  });

  it('moving the element (removed and inserted at once) keeps its request; putting a removed one back loads again', async () => {
    const key = newKey();
    const el = place('policy-indicator-table', { src: route('slow', { key, ms: 300, title: '移動後' }) });
    await logUntil(key, (l) => l.started === 1);
    const box = document.createElement('div');
    document.body.append(box);
    placed.push(box);
    box.append(el); // a move
    await until(() => shown(el) === '移動後', 3000);
    expect(await serverLog(key)).to.deep.equal({ started: 1, completed: 1, aborted: 0 });

    const key2 = newKey();
    const el2 = place('policy-indicator-table', { src: route('hang', { key: key2 }) });
    await logUntil(key2, (l) => l.started === 1);
    el2.remove();
    await logUntil(key2, (l) => l.aborted === 1);
    el2.setAttribute('src', route('slow', { key: key2, ms: 0, title: '戻した' }));
    document.body.append(el2);
    await until(() => shown(el2) === '戻した', 3000);
  });

  it('a shared request is aborted only when no element still wants it (a timeout or a removal releases one claim)', async () => {
    const key = newKey();
    const src = route('hang', { key });
    const a = place('policy-indicator-table', { src, timeout: '300' });
    const b = place('target-trend-chart', { src, timeout: '10000' });
    await errorOf(a); // a gave up; b still waits
    await new Promise((r) => setTimeout(r, 200));
    expect(await serverLog(key)).to.deep.equal({ started: 1, completed: 0, aborted: 0 });
    expect(text($(b, '[part=loading]'))).to.equal('データを読み込んでいます…');
    b.remove();
    expect(await logUntil(key, (l) => l.aborted === 1)).to.deep.equal({ started: 1, completed: 0, aborted: 1 });
  });

  it('20 quick src changes settle on the last one quickly and never show a stale dataset', async () => {
    const hangKey = newKey();
    const slowKey = newKey();
    const el = place('policy-indicator-table', {});
    const seen = new Set<string>();
    const observer = new MutationObserver(() => seen.add(shown(el)));
    await el.updateComplete;
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    const start = performance.now();
    for (let i = 0; i < 19; i++) {
      el.src = i % 2 ? route('slow', { key: slowKey, i, ms: 150, title: `古い${i}` }) : route('hang', { key: hangKey, i });
      await el.updateComplete;
    }
    el.src = route('slow', { key: newKey(), ms: 50, title: '最新' });
    await until(() => shown(el) === '最新', 5000);
    const elapsed = performance.now() - start;
    await new Promise((r) => setTimeout(r, 400)); // the slow stale answers would have come by now
    observer.disconnect();
    expect(shown(el)).to.equal('最新');
    expect([...seen].filter((t) => t.startsWith('古い'))).to.deep.equal([]);
    expect(elapsed).to.be.below(2000);
    // Every hung request that reached the server was aborted (none is left holding a connection).
    const hung = await logUntil(hangKey, (l) => l.aborted === l.started);
    expect(hung.completed).to.equal(0);
    expect(hung.aborted).to.equal(hung.started);
  });

  it('hung requests of removed elements do not starve a later valid src', async () => {
    const key = newKey();
    const hung = Array.from({ length: 11 }, (_, i) => place('target-trend-chart', { src: route('hang', { key, i }) }));
    // Wait until they hold every connection the browser opens to this server (6): asking the server
    // for its log now would itself wait behind them.
    await new Promise((r) => setTimeout(r, 400));
    for (const el of hung) el.remove();
    const start = performance.now();
    const el = place('policy-indicator-table', { src: route('slow', { key: newKey(), ms: 0, title: '後から' }) });
    await until(() => shown(el) === '後から', 5000);
    expect(performance.now() - start).to.be.below(2000);
    const log = await logUntil(key, (l) => l.aborted === l.started);
    expect(log.started).to.be.at.least(6);
    expect(log.aborted).to.equal(log.started);
    expect(log.completed).to.equal(0);
  });

  it('hung requests that timed out do not starve a later valid src (the elements stay in the page)', async () => {
    const key = newKey();
    const hung = Array.from({ length: 11 }, (_, i) => place('achievement-badge', { timeout: '300', src: route('hang', { key, i }) }));
    const errors = Promise.all(hung.map(errorOf));
    const start = performance.now();
    const el = place('policy-indicator-table', { src: route('slow', { key: newKey(), ms: 0, title: '後から' }) });
    await until(() => shown(el) === '後から', 5000);
    expect(performance.now() - start).to.be.below(2500);
    const messages = (await errors).map((e) => e.detail.message);
    expect(messages.every((m) => m.includes('0.3秒で時間切れ'))).to.equal(true);
  });

  it('a shared src that failed is fetched again by the next element that asks', async () => {
    const key = newKey();
    const src = route('fail-once', { key, title: '再試行' });
    const first = place('policy-indicator-table', { src });
    expect((await errorOf(first)).detail.message).to.match(/^データを読み込めませんでした（500/);
    const second = place('target-trend-chart', { src });
    await until(() => !!$(second, 'svg.chart'), 3000);
    expect(text($(second, '[part=caption]'))).to.contain('再試行');
    expect((await serverLog(key)).started).to.equal(2);
  });

  for (const tag of TAGS) {
    it(`<${tag}>.reload() fetches src again after a failure, and after a timeout`, async () => {
      const key = newKey();
      const el = place(tag, { src: route('fail-once', { key, title: '再読込' }) });
      await errorOf(el);
      el.reload();
      await until(() => el.shadowRoot!.textContent!.includes(tag === 'achievement-badge' ? '50.0%' : '再読込'), 3000);
      expect((await serverLog(key)).started).to.equal(2);
      expect($(el, '[role=alert]')).to.equal(null);

      const hangKey = newKey();
      el.setAttribute('timeout', '300');
      el.setAttribute('src', route('hang', { key: hangKey }));
      await errorOf(el);
      el.reload();
      await until(() => !!$(el, '[part=loading]'), 1000);
      expect((await errorOf(el)).detail.message).to.contain('0.3秒で時間切れ');
      expect((await logUntil(hangKey, (l) => l.aborted === 2)).started).to.equal(2);
    });
  }

  it('reload() fetches again even after a success, and re-reads inline JSON', async () => {
    const key = newKey();
    const el = place('policy-indicator-table', { src: route('slow', { key, ms: 0, title: '一回目' }) });
    await until(() => shown(el) === '一回目', 3000);
    el.reload();
    expect((await logUntil(key, (l) => l.completed === 2)).completed).to.equal(2);
    await until(() => shown(el) === '一回目', 3000);

    const inline = place('policy-indicator-table', {});
    inline.innerHTML = '<script type="application/json">{"plan":{"title":"t","publisher":"p","reportedYear":2024},"indicators":[{"id":"a","name":"インライン","targets":{"2024":1},"actuals":{"2024":1}}]}</script>';
    await until(() => shown(inline) === 'インライン', 3000);
    inline.reload();
    await inline.updateComplete;
    expect(shown(inline)).to.equal('インライン');
  });

  it('src="http://[": an error message and indicator-error from each element, no unhandled rejection', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => {
      rejections.push(e.reason);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    try {
      for (const tag of TAGS) {
        const el = document.createElement(tag);
        el.setAttribute('indicator-id', 'i');
        const event = errorOf(el);
        el.setAttribute('src', 'http://[');
        document.body.append(el);
        placed.push(el);
        const { detail } = await event;
        expect(detail.message, tag).to.equal('データを取得できませんでした（URLが正しくありません）：http://[');
        await el.updateComplete;
        expect($(el, '[part=loading]'), tag).to.equal(null);
        expect(alertOf(el), tag).to.equal('データを読み込めませんでした（URLが正しくありません）：http://[');
        expect(titleOf(el), tag).to.equal(detail.message);
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('JSON served as text/csv (under a .csv name too) renders as JSON; a CSV served as JSON renders as CSV', async () => {
    const a = place('policy-indicator-table', { src: route('json-as-csv', { key: newKey(), title: 'JSONです' }) });
    const b = place('policy-indicator-table', { src: `/__test/json-as-csv.csv?key=${newKey()}&title=${encodeURIComponent('拡張子はcsv')}` });
    const c = place('policy-indicator-table', { src: route('csv-as-json', { key: newKey() }) });
    await until(() => shown(a) === 'JSONです' && shown(b) === '拡張子はcsv' && shown(c) === 'CSVの指標', 3000);
    expect($(a, '[role=alert]')).to.equal(null);
  });

  it('sniffFormat: the file\'s own shape first, then its name and content type', () => {
    expect(sniffFormat('{"plan":{}}', 'x.csv', 'text/csv')).to.equal('json');
    expect(sniffFormat('\uFEFF  [1]', 'x.csv', 'text/csv')).to.equal('json');
    expect(sniffFormat('指標ID,年度,目標値\na,2024,1', 'x.json', 'application/json')).to.equal('csv');
    expect(sniffFormat('指標ID\ta', 'x.csv', '')).to.equal('csv');
    expect(sniffFormat('<!doctype html><p>a, b', 'x', 'text/html')).to.equal('json');
    expect(sniffFormat('not json', 'x', 'text/plain')).to.equal('json');
  });
});
