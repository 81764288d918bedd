// The builder's last step: download the canonical JSON and the long CSV, and copy the snippet to
// paste into a CMS page (by src, or with the data inline for a CMS that takes no files).
import type { DatasetDocument } from '../src/core/dataset-json.js';
import { el, t, uid } from './builder-dom.js';
import { CSV_FILE_NAME, JSON_FILE_NAME, datasetJson, embedSnippet, longCsv, type SnippetKind } from './builder-export.js';

/** The snippet kind chosen, kept while the mapping is corrected. */
let kind: SnippetKind = 'src';
/** The download links' object URLs, released when the next ones are made. */
let urls: string[] = [];

function download(text: string, type: string, name: string, label: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([text], { type }));
  urls.push(url);
  return el('a', { href: url, download: name, class: 'download' }, label);
}

export function exportPanel(document: DatasetDocument | null): HTMLElement {
  for (const url of urls) URL.revokeObjectURL(url);
  urls = [];
  if (!document?.indicators.length) {
    return el('p', {}, t('読み取れた指標がないため、まだ書き出せません。', 'No indicator has been read yet: there is nothing to export.'));
  }

  const downloads = el(
    'ul',
    { class: 'downloads' },
    el(
      'li',
      {},
      download(datasetJson(document), 'application/json', JSON_FILE_NAME, t(`JSONをダウンロード（${JSON_FILE_NAME}）`, `Download the JSON (${JSON_FILE_NAME})`)),
      el('span', { class: 'hint' }, t('表示に使うデータです。src で指定するときは、このファイルをページと同じ場所に置きます。', 'The data the elements show; for src, put this file next to the page.')),
    ),
    el(
      'li',
      {},
      download(longCsv(document), 'text/csv;charset=utf-8', CSV_FILE_NAME, t(`縦長形式のCSVをダウンロード（${CSV_FILE_NAME}）`, `Download the long CSV (${CSV_FILE_NAME})`)),
      el('span', { class: 'hint' }, t('1行に1指標・1年度。Excelで開いて直し、このページでもう一度読み込めます。', 'One row per indicator and year: edit it in Excel and read it here again.')),
    ),
  );

  const legend = el('legend', {}, t('埋め込み方', 'How to embed'));
  const options: [SnippetKind, string, string][] = [
    ['src', t('JSONファイルを置ける場合（src属性）', 'A JSON file next to the page (src attribute)'), t(`ダウンロードした ${JSON_FILE_NAME} を、このコードを貼るページと同じ場所に置いてください。`, `Put the downloaded ${JSON_FILE_NAME} in the same folder as the page you paste this into.`)],
    ['inline', t('ファイルを置けないCMS（データをコードに含める）', 'A CMS that takes no files (the data inside the code)'), t('データをコードに含めます。表を直したら、コードをもう一度コピーしてください。', 'The data is inside the code: after a correction, copy the code again.')],
  ];
  const snippetId = uid('snippet');
  const hint = el('p', { class: 'hint', id: `${snippetId}-hint` });
  const textarea = el('textarea', { id: snippetId, readonly: true, rows: 6, spellcheck: 'false', 'aria-describedby': hint.id });
  const copied = el('p', { class: 'copy-status', role: 'status' });
  const radios = options.map(([value, label]) => {
    const id = uid('kind');
    const input = el('input', { type: 'radio', name: 'snippet-kind', id, value, checked: value === kind });
    input.addEventListener('change', () => {
      if (input.checked) {
        kind = value;
        update();
      }
    });
    return el('div', { class: 'radio' }, input, el('label', { for: id }, label));
  });
  const update = () => {
    textarea.value = embedSnippet(kind, document);
    hint.textContent = options.find(([value]) => value === kind)![2];
    copied.textContent = '';
  };
  update();

  const copy = el('button', { type: 'button', class: 'copy' }, t('コードをコピー', 'Copy the code'));
  copy.addEventListener('click', async () => {
    textarea.focus();
    textarea.select();
    try {
      await navigator.clipboard.writeText(textarea.value);
      copied.textContent = t('コピーしました。', 'Copied.');
    } catch {
      // No clipboard (a page not served over https, a denied permission): the code is selected.
      copied.textContent = t('自動ではコピーできませんでした。選択されたコードを Ctrl+C（Macは ⌘+C）でコピーしてください。', 'The code could not be copied automatically: it is selected, press Ctrl+C (⌘+C on a Mac).');
    }
  });

  return el(
    'div',
    { class: 'export' },
    el('h3', {}, t('データ', 'Data')),
    downloads,
    el('h3', {}, t('ページに貼り付けるコード', 'The code to paste into your page')),
    el('fieldset', { class: 'snippet-kind' }, legend, ...radios),
    hint,
    el('label', { for: snippetId, class: 'snippet-label' }, t('コード（選択してコピーすることもできます）', 'Code (you can also select and copy it)')),
    textarea,
    el('p', { class: 'copy-row' }, copy),
    copied,
  );
}
