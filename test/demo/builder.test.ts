import { expect } from '@open-wc/testing';
import { csvToDataset } from '../../src/core/csv.js';
import { evaluate } from '../../src/core/evaluate.js';
import { validate } from '../../src/core/validate.js';
import { PRINTED, ROWS_WITH_REASON } from '../helpers/atsugi-printed.js';
import { until } from '../helpers/wait.js';
import { barePage, change, chooseFixture, counts, mappingRow, openBuilder, previewTable, rowsByNo } from './builder-page.js';
import { axeViolations, closeAll, settle, text } from './frame.js';

/**
 * The builder page (demo/builder.html), driven as a clerk would: the Atsugi workbook chosen, one
 * column corrected, the preview read against the figures the city printed
 * (test/helpers/atsugi-printed.ts), and the inline snippet pasted into a bare page with the CDN bundle.
 */
const CDN_LINE = '<script type="module" src="https://unpkg.com/policy-indicators/dist/policy-indicators.min.js"></script>';

/** The judgment shown in a table row (its mark's words). */
const judgment = (row: Element) => text(row.querySelector('[part=judgment] .judgment-label'));

/** Every printed row is in the table: its number, R6 target and actual, result and rate. */
function expectPrintedRows(table: Element): void {
  const rows = rowsByNo(table);
  expect(rows.size, 'rows').to.equal(31);
  for (const [no, target, actual, result, rate] of PRINTED) {
    const row = rows.get(String(no));
    expect(row, `No. ${no}`).to.not.equal(undefined);
    const cells = [...row!.children].map(text);
    expect(cells, `No. ${no}`).to.include(target);
    expect(cells, `No. ${no}`).to.include(actual);
    if (rate) expect(cells, `No. ${no}`).to.include(rate);
    expect(judgment(row!), `No. ${no}`).to.equal(result || '集計中');
  }
}

afterEach(closeAll);

describe('builder page: from the clerk’s workbook to an embed', function () {
  this.timeout(60000);

  it('says that nothing is uploaded, before any file is chosen', async () => {
    const { doc } = await openBuilder();
    expect(text(doc.getElementById('privacy'))).to.contain('ファイルはどこにも送信されません');
    expect(doc.getElementById('drop-zone')!.localName).to.equal('button');
    expect((doc.getElementById('file') as HTMLInputElement).type).to.equal('file');
    expect(doc.getElementById('step-preview')!.hidden).to.equal(true);
  });

  it('reads the Atsugi workbook: the detected mapping with its reasons, 31 rows with the printed figures, the counts, the announcement', async () => {
    const page = await openBuilder();
    const { doc } = page;
    await chooseFixture(page, 'atsugi-fy2024.xlsx');
    // The mapping as detected: 成果指標 is the name, R6 holds the stack 目標 / 実績 / 結果 / 達成率.
    expect(mappingRow(doc, 'G').select.value).to.equal('indicator:name');
    expect(text(mappingRow(doc, 'G').select.labels[0]), 'each select is labelled by its column').to.equal('G列「成果指標」の読み方');
    expect(text(mappingRow(doc, 'J').year.labels?.[0])).to.equal('J列の年度');
    expect(mappingRow(doc, 'I').select.value).to.equal('row-labels');
    expect(mappingRow(doc, 'J').select.value).to.equal('value:stack');
    expect(mappingRow(doc, 'J').year.value).to.equal('令和6年度');
    expect(mappingRow(doc, 'E').select.value, '単位施策No. is the code of 単位施策').to.equal('hierarchy-code');
    expect(text(doc.querySelector('.mapping-notes'))).to.contain('表の達成率 28件のうち28件が');
    expectPrintedRows(previewTable(doc)!);
    // Nothing lost: every non-empty cell is used, reported or listed as not used.
    const shown = counts(doc);
    expect(Object.keys(shown)).to.deep.equal(['読み取ったセル', '使ったセル', '問題のあるセル', '使わなかったセル']);
    expect(shown['読み取ったセル']).to.be.greaterThan(31 * 4);
    expect(shown['使ったセル']! + shown['問題のあるセル']! + shown['使わなかったセル']!).to.equal(shown['読み取ったセル']);
    const problems = doc.querySelectorAll('.problems li').length;
    expect(problems).to.be.greaterThan(0);
    await until(() => text(doc.getElementById('status')).startsWith('31指標を読み込みました。'));
    expect(text(doc.getElementById('status'))).to.contain(`問題 ${problems}件`);
  });

  it('a column corrected through its select: the reason column made unused, then read as R6’s reason again', async () => {
    const page = await openBuilder();
    const { doc } = page;
    await chooseFixture(page, 'atsugi-fy2024.xlsx');
    const table = previewTable(doc)!;
    const reason = mappingRow(doc, 'M');
    expect(reason.select.value).to.equal('value:reason');
    const before = counts(doc);
    const firstReason = 'WEB合同企業説明会を開催しなかったため';
    expect(text(table.shadowRoot)).to.contain(firstReason);

    change(reason.select, 'ignore');
    await until(() => !text(previewTable(doc)!.shadowRoot).includes(firstReason));
    expect(reason.year.closest('.year')!.hasAttribute('hidden'), 'no year for an unused column').to.equal(true);
    // The reasons' cells and their header are now counted as not used, and listed.
    expect(counts(doc)['使わなかったセル']).to.equal(before['使わなかったセル']! + ROWS_WITH_REASON.length + 1);
    expect(text(doc.querySelector('.cell-list'))).to.contain('M7');

    change(reason.select, 'value:reason');
    await until(() => text(previewTable(doc)!.shadowRoot).includes(firstReason));
    expect(reason.year.value, 'the year its header names (R6目標値に対する…)').to.equal('令和6年度');
    expect(counts(doc)).to.deep.equal(before);
    expectPrintedRows(previewTable(doc)!);
  });

  it('lists each problem at its cell; pressing one scrolls to and focuses its row in the preview', async () => {
    const page = await openBuilder();
    const { doc } = page;
    await chooseFixture(page, 'atsugi-fy2024.xlsx');
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('.problems button.problem-link')];
    expect(buttons.length).to.be.greaterThan(0);
    for (const b of buttons) expect(text(b)).to.match(/^[A-Z]+\d+：/);
    const button = buttons.find((b) => b.dataset.indicator === '10')!;
    expect(text(button)).to.contain('K43：');
    button.click();
    const table = previewTable(doc)!;
    await until(() => table.shadowRoot!.activeElement?.closest('tr')?.getAttribute('data-indicator') === '10');
    expect(doc.activeElement).to.equal(table);
    expect(table.shadowRoot!.activeElement!.classList.contains('select')).to.equal(true);
    const inView = () => {
      const box = table.shadowRoot!.activeElement!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= page.win.innerHeight;
    };
    await until(inView);
  });

  it('the inline snippet, pasted into a bare page with the CDN bundle, shows the same 31 rows and rates', async () => {
    const page = await openBuilder();
    const { doc } = page;
    await chooseFixture(page, 'atsugi-fy2024.xlsx');
    // The publisher, which the sheet does not give, typed in.
    const publisher = [...doc.querySelectorAll('.plan-fields label')].find((l) => text(l) === '自治体名')!;
    change(doc.getElementById(publisher.getAttribute('for')!) as HTMLInputElement, '厚木市');
    const inline = [...doc.querySelectorAll<HTMLInputElement>('input[name=snippet-kind]')].find((r) => r.value === 'inline')!;
    inline.click();
    const textarea = doc.querySelector<HTMLTextAreaElement>('.export textarea')!;
    expect(textarea.readOnly).to.equal(true);
    await until(() => textarea.value.includes('"publisher":"厚木市"'));
    const snippet = textarea.value;
    expect(snippet.startsWith(`${CDN_LINE}\n<policy-indicator-table>\n  <script type="application/json">`)).to.equal(true);
    // The copy button copies, or (no clipboard in this frame) leaves the code selected and says how.
    doc.querySelector<HTMLButtonElement>('button.copy')!.click();
    await until(() => !!text(doc.querySelector('.copy-status')));
    expect(textarea.selectionStart === 0 && textarea.selectionEnd === snippet.length).to.equal(true);

    const iframe = await barePage(snippet.replace(CDN_LINE, ''));
    const bare = iframe.contentDocument!.querySelector('policy-indicator-table')!;
    await until(() => !!bare.shadowRoot?.querySelector('tr.data'), 15000);
    expectPrintedRows(bare);
    expect(text(bare.shadowRoot!.querySelector('[part=headline]'))).to.equal(text(previewTable(doc)!.shadowRoot!.querySelector('[part=headline]')));
  });

  it('the JSON and the long CSV downloads read back to the same rates', async () => {
    const page = await openBuilder();
    const { doc } = page;
    await chooseFixture(page, 'atsugi-fy2024.xlsx');
    const [json, csv] = [...doc.querySelectorAll<HTMLAnchorElement>('a.download')];
    expect(json!.download).to.equal('kpi.json');
    expect(csv!.download).to.equal('kpi.csv');
    const document = await (await fetch(json!.href)).json();
    const back = csvToDataset(await (await fetch(csv!.href)).text());
    expect(back.problems).to.deep.equal([]);
    const rates = (doc: unknown) => {
      const dataset = validate(doc).dataset!;
      return evaluate(dataset).map((r) => [r.no, r.rateText === null ? '' : `${r.rateText}%`]);
    };
    const printed = PRINTED.map(([no, , , , rate]) => [no, rate]);
    expect(rates(document)).to.deep.equal(printed);
    expect(rates(back.document)).to.deep.equal(printed);
  });

  it('reads the Shift_JIS CSV of the same report too', async () => {
    const page = await openBuilder();
    await chooseFixture(page, 'atsugi-fy2024-sjis.csv');
    expectPrintedRows(previewTable(page.doc)!);
  });

  for (const language of ['ja', 'en'] as const) {
    it(`${language}: axe clean before and after a file is read, no console warning, the page's words in its language`, async () => {
      const page = await openBuilder(language);
      const { doc, win, messages } = page;
      expect(await axeViolations(doc), 'before a file is chosen').to.deep.equal([]);
      await chooseFixture(page, 'atsugi-fy2024.xlsx');
      await settle(doc);
      expect(messages, 'console warnings and errors').to.deep.equal([]);
      expect([...(win.litIssuedWarnings ?? [])], 'warnings Lit printed').to.deep.equal([]);
      expect(win.litHtmlVersions, 'one copy of lit-html').to.have.length(1);
      if (language === 'en') {
        const ours = [doc.title, ...[...doc.querySelectorAll('[data-ja]')].map((el) => text(el))];
        expect(ours.filter((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t))).to.deep.equal([]);
        expect(text(doc.querySelector('.problems button'))).to.match(/^[A-Z]+\d+: The actual/);
        await until(() => text(doc.getElementById('status')).startsWith('31 indicators read, '));
        expect(Object.keys(counts(doc))).to.deep.equal(['Cells read', 'Cells used', 'Cells reported', 'Cells not used']);
      }
      expect(await axeViolations(doc)).to.deep.equal([]);
    });
  }
});
