import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import '../../src/index.js';
import { validate } from '../../src/core/validate.js';
import { DataSourceController, withSourceProblems, type DataFormat } from '../../src/elements/shared/data-source.js';
import { describeProblem } from '../../src/i18n/messages.js';
import type { PolicyIndicatorTable } from '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import type { TargetTrendChart } from '../../src/elements/target-trend-chart/target-trend-chart.js';
import type { AchievementBadge } from '../../src/elements/achievement-badge/achievement-badge.js';

const url = (path: string) => new URL(`../../${path}`, import.meta.url).href;
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
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
    expect(text($(el, '[role=alert]'))).to.match(/^データをJSONとして読み取れません/);
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
    const original = window.fetch;
    let calls = 0;
    window.fetch = ((...args: Parameters<typeof fetch>) => {
      calls++;
      return original(...args);
    }) as typeof fetch;
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
      expect(calls).to.equal(1);
      expect(text($(chart, '[part=summary]'))).to.contain('達成率61.3%（未達成）');
      expect(text($(badge, '[part=rate]'))).to.equal('59.8%'); // Atsugi No.10, as printed
    } finally {
      window.fetch = original;
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
    expect(text($(el, '[role=alert]'))).to.contain('inline');
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
    expect(message).to.contain('CSVを読み取れません');
    expect(message).to.contain('1行目の「指標ID」');
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
