/**
 * Driving demo/builder.html as a clerk does: a fixture file given to its file input (as the file
 * chooser gives one), its controls used by their labels, its preview and snippet read back.
 */
import { until } from '../helpers/wait.js';
import { open, text, type OpenPage } from './frame.js';

const root = new URL('../../', import.meta.url).href;

/** The builder page, opened in an iframe (English with `en`). */
export async function openBuilder(language: 'ja' | 'en' = 'ja', width?: number): Promise<OpenPage> {
  const page = await open(`demo/builder.html${language === 'en' ? '?lang=en' : ''}`, width);
  await until(() => !!page.doc.getElementById('drop-zone')?.textContent?.trim());
  return page;
}

export const previewTable = (doc: Document) => doc.querySelector('#preview-table') as (HTMLElement & { updateComplete: Promise<boolean> }) | null;

/** The rows of the preview table, by the number printed in their first cell. */
export function rowsByNo(table: Element): Map<string, HTMLTableRowElement> {
  const rows = [...table.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr.data')];
  return new Map(rows.map((row) => [text(row.children[0]), row]));
}

/** Gives a fixture of test/fixtures/sheets/ to the page's file input, and waits for the preview. */
export async function chooseFixture({ doc, win }: OpenPage, name: string): Promise<void> {
  const bytes = await (await fetch(`${root}test/fixtures/sheets/${name}`)).arrayBuffer();
  const input = doc.getElementById('file') as HTMLInputElement;
  const transfer = new win.DataTransfer();
  transfer.items.add(new win.File([bytes], name));
  input.files = transfer.files;
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
  await until(() => !!previewTable(doc)?.shadowRoot?.querySelector('tr.data'), 15000);
  await previewTable(doc)!.updateComplete;
}

/** The mapping row of a column (by its letter): its select and its year input. */
export function mappingRow(doc: Document, letter: string) {
  const row = doc.querySelector<HTMLTableRowElement>(`table.mapping tr[data-column="${letter}"]`)!;
  return { row, select: row.querySelector('select')!, year: row.querySelector<HTMLInputElement>('.year input')! };
}

/** Sets a control's value as a person does: the value, then `change`. */
export function change(control: HTMLSelectElement | HTMLInputElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The counts of cells shown, by their label. */
export function counts(doc: Document): Record<string, number> {
  return Object.fromEntries([...doc.querySelectorAll('.counts > div')].map((d) => [text(d.querySelector('dt')), Number(text(d.querySelector('.count')))]));
}

/** A bare page with the CDN bundle (served locally) and the given HTML in its body. */
export function barePage(body: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '800px';
  iframe.srcdoc = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script type="module" src="${root}dist/policy-indicators.min.js"></script></head><body>${body}</body></html>`;
  document.body.append(iframe);
  return new Promise((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
}
