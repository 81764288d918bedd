// The builder page: a clerk's spreadsheet → the detected mapping, corrected by hand → a live
// preview with every problem at its cell → the canonical JSON, the long CSV and an embed snippet.
// Everything runs in this page; the file is never sent anywhere.
import type { DatasetDocument } from '../src/core/dataset-json.js';
import { applyMapping, readSheetDataset, type CellCounts, type SheetDataset, type SheetMapping, type SheetProblem } from '../src/sheet/index.js';
import { announce, el, lang, t } from './builder-dom.js';
import { exportPanel } from './builder-export-panel.js';
import { mappingEditor, type MappingEditor } from './builder-mapping.js';
import { previewPanel, type PreviewPanel } from './builder-preview.js';

/** What the page shows: the sheet read with the current mapping. */
interface Reading {
  document: DatasetDocument | null;
  problems: SheetProblem[];
  counts: CellCounts;
  ignoredCells: string[];
  rows: Record<string, number[]>;
}

const $ = (id: string) => document.getElementById(id)!;
const fileInput = $('file') as HTMLInputElement;
const status = $('status');
const sections = ['step-mapping', 'step-check', 'step-preview', 'step-export'].map($);

let source: { bytes: Uint8Array; name: string; read: SheetDataset } | null = null;
let editor: MappingEditor | null = null;
let preview: PreviewPanel | null = null;

/**
 * Reads a file's bytes (from the file chooser, a drop or a sample) and shows everything from it.
 * `sheet`: a workbook's sheet by its 1-based number (default: the first that holds a table).
 */
export async function loadFile(bytes: Uint8Array, name: string, sheet?: number): Promise<void> {
  const read = await readSheetDataset(bytes, { name, ...(sheet !== undefined && { sheet }) });
  source = { bytes, name, read };
  showFile(read, name);
  const readable = read.sheetNumber > 0;
  $('mapping').replaceChildren();
  editor = null;
  // A sheet without a table (a cover or legend sheet) has nothing to map: its problem says so.
  if (read.mapping?.headerRows.length) {
    editor = mappingEditor(read.grid, read.mapping, (mapping) => remap(mapping));
    $('mapping').append(editor.element);
  }
  sections[0]!.hidden = !editor;
  sections[1]!.hidden = false;
  sections[2]!.hidden = sections[3]!.hidden = !readable;
  preview = null;
  $('preview').replaceChildren();
  show(read);
}

/** The mapping corrected: read the sheet again with it, and show the result. */
function remap(mapping: SheetMapping): void {
  if (!source) return;
  const result = applyMapping(source.read.grid, mapping);
  // The file's own problems (none once a sheet is read) stay before the mapping's.
  const fileProblems = source.read.problems.filter((p) => p.code === 'unreadable-file' || p.code === 'sheet-not-found');
  editor?.sync(mapping);
  show({ ...result, problems: [...fileProblems, ...result.problems] });
}

function show(reading: Reading): void {
  const indicators = reading.document?.indicators.length ?? 0;
  if (!sections[2]!.hidden) {
    preview ??= previewPanel($('preview'));
    preview.show(reading.document);
    $('export').replaceChildren(exportPanel(reading.document));
  }
  showCheck(reading);
  announce(status, summaryText(indicators, reading.problems));
}

function summaryText(indicators: number, problems: SheetProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (lang === 'en') {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return `${plural(indicators, 'indicator')} read, ${plural(problems.length, 'problem')}${problems.length ? ` (${plural(errors, 'error')})` : ''}`;
  }
  return `${indicators}指標を読み込みました。問題 ${problems.length}件${problems.length ? `（うちエラー ${errors}件）` : ''}`;
}

/** The file's name and kind, and which sheet of a workbook is read. */
function showFile(read: SheetDataset, name: string): void {
  const info = $('file-info');
  const kind = { xlsx: 'Excel (.xlsx)', xls: 'Excel (.xls)', ods: 'OpenDocument (.ods)', csv: 'CSV' }[read.format];
  const layout = read.layout === 'long' ? t('（縦長形式：1行に1指標・1年度）', ' (long format: one row per indicator and year)') : '';
  const parts: (Node | string)[] = [el('span', { class: 'file-name' }, name), ` — ${kind}${layout}`];
  info.replaceChildren(el('p', {}, ...parts));
  if (read.sheetNames.length > 1) {
    const select = el('select', { id: 'sheet' }, ...read.sheetNames.map((n, i) => el('option', { value: i + 1, selected: i + 1 === read.sheetNumber }, `${i + 1}: ${n}`)));
    select.addEventListener('change', () => {
      if (source) void loadFile(source.bytes, source.name, Number(select.value));
    });
    info.append(el('p', { class: 'field' }, el('label', { for: 'sheet' }, t('読み取るシート', 'Sheet to read')), select));
  }
  if (read.layout === 'long') {
    info.append(el('p', { class: 'hint' }, t('縦長形式のCSVは列の名前で読むため、列の割り当ては不要です。', 'A long CSV is read by its column names: no mapping is needed.')));
  }
  info.hidden = false;
}

/** Counts of cells and the list of problems, each leading to its row in the preview. */
function showCheck(reading: Reading): void {
  const indicators = reading.document?.indicators.length ?? 0;
  $('summary').textContent = summaryText(indicators, reading.problems);
  $('counts').replaceChildren(countsList(reading.counts, reading.ignoredCells));
  $('problems').replaceChildren(problemList(reading));
}

function countsList(counts: CellCounts, ignoredCells: string[]): HTMLElement {
  const item = (label: string, n: number, hint: string) => el('div', {}, el('dt', {}, label), el('dd', {}, el('span', { class: 'count' }, String(n)), el('span', { class: 'hint' }, hint)));
  const list = el(
    'dl',
    { class: 'counts', 'aria-label': t('セルの数', 'Cells') },
    item(t('読み取ったセル', 'Cells read'), counts.read, t('空でないセル', 'cells not empty')),
    item(t('使ったセル', 'Cells used'), counts.used, t('データに入ったセル', 'in the data')),
    item(t('問題のあるセル', 'Cells reported'), counts.reported, t('下の一覧を参照', 'see the list below')),
    item(t('使わなかったセル', 'Cells not used'), counts.ignored, t('割り当てのない列など', 'e.g. unmapped columns')),
  );
  const box = el('div', { class: 'counts-box' }, list);
  if (ignoredCells.length) {
    box.append(el('details', {}, el('summary', {}, t('使わなかったセルの一覧', 'The cells not used')), el('p', { class: 'cell-list' }, ignoredCells.join(t('、', ', ')))));
  }
  return box;
}

function problemList(reading: Reading): HTMLElement {
  if (!reading.problems.length) return el('p', { class: 'no-problems' }, t('問題は見つかりませんでした。', 'No problems were found.'));
  const ids = new Set((reading.document?.indicators ?? []).map((i) => String((i as { id?: unknown }).id)));
  const items = reading.problems.map((p) => {
    const severity = el('span', { class: `severity ${p.severity}` }, p.severity === 'error' ? t('エラー', 'Error') : t('注意', 'Warning'));
    const message = lang === 'en' ? p.message.en : p.message.ja;
    const canFocus = p.indicatorId !== undefined && ids.has(p.indicatorId) && !!preview;
    const body = canFocus ? el('button', { type: 'button', class: 'problem-link', 'data-indicator': p.indicatorId }, message) : el('span', {}, message);
    if (canFocus) body.addEventListener('click', () => void preview?.focusRow(p.indicatorId!));
    return el('li', {}, el('div', { class: 'problem' }, severity, body));
  });
  const heading = el('h3', { id: 'h-problems' }, t(`問題の一覧（${reading.problems.length}件）`, `Problems (${reading.problems.length})`));
  const hint = el('p', { class: 'hint' }, t('問題を押すと、プレビューの表のその行へ移動します。', 'Press a problem to go to its row in the preview table.'));
  // A long list scrolls in its own box, which the keyboard reaches too.
  const scroll = el('div', { class: 'problem-scroll', role: 'region', 'aria-labelledby': 'h-problems', tabindex: 0 }, el('ol', { class: 'problems' }, ...items));
  return el('div', {}, heading, scroll.querySelector('button') ? hint : null, scroll);
}

// ---- Choosing a file: the chooser, a drop, a sample ------------------------------------------

async function loadBlob(file: File): Promise<void> {
  await loadFile(new Uint8Array(await file.arrayBuffer()), file.name);
}

const dropZone = $('drop-zone');
dropZone.addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void loadBlob(file);
});
dropZone.addEventListener('dragover', (e) => {
  e.preventDefault();
  dropZone.classList.add('over');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
dropZone.addEventListener('drop', (e) => {
  e.preventDefault();
  dropZone.classList.remove('over');
  const file = e.dataTransfer?.files[0];
  if (file) void loadBlob(file);
});
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-sample]')) {
  button.addEventListener('click', async () => {
    const url = button.dataset.sample!;
    const response = await fetch(url);
    if (!response.ok) {
      announce(status, t('サンプルを読み込めませんでした。', 'The sample could not be loaded.'));
      return;
    }
    await loadFile(new Uint8Array(await response.arrayBuffer()), url.split('/').pop()!);
  });
}
