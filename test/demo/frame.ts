/**
 * The demo pages as a reader opens them (served by the test server from the repository root),
 * each in an iframe of the test page: open, wait for the elements, run axe, read the console.
 */
const root = new URL('../../', import.meta.url).href;

export interface OpenPage {
  doc: Document;
  win: Window & typeof globalThis & { litIssuedWarnings?: Set<string>; litHtmlVersions?: string[] };
  /** console.warn and console.error calls of the page, recorded from before its modules ran. */
  messages: string[];
  /** Whether recording began before Lit loaded (so `messages` holds everything Lit printed). */
  recordedFromStart: boolean;
}

/** Records a window's console warnings and errors (the page's own console still prints them). */
function record(win: Window & typeof globalThis, messages: string[]) {
  for (const level of ['warn', 'error'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      messages.push(`${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
}

export async function open(path: string, width = 1200, height = 900): Promise<OpenPage> {
  const iframe = document.createElement('iframe');
  iframe.style.width = `${width}px`;
  iframe.style.height = `${height}px`;
  document.body.append(iframe);
  const blank = iframe.contentDocument;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `${root}${path}`;
  // The page's scripts are modules (deferred): catch its document while it is still being parsed
  // and record the console from there. Lit prints its warnings when its modules first run.
  const messages: string[] = [];
  let recordedFromStart = false;
  for (let i = 0; i < 2000 && (iframe.contentDocument === blank || !iframe.contentDocument); i++) {
    await new Promise((r) => setTimeout(r, 0));
  }
  const win = iframe.contentWindow as OpenPage['win'];
  if (iframe.contentDocument !== blank) {
    recordedFromStart = win.litHtmlVersions === undefined;
    record(win, messages);
  }
  await loaded;
  return { doc: iframe.contentDocument!, win, messages, recordedFromStart };
}

export function closeAll() {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
}

/** Waits until every custom element of the page has upgraded and none shows its loading state. */
export async function settle(doc: Document, ms = 15000) {
  const start = performance.now();
  const busy = () =>
    [...doc.querySelectorAll('*')].some(
      (el) => el.localName.includes('-') && (!el.shadowRoot || !!el.shadowRoot.querySelector('[part=loading]') || el.shadowRoot.childElementCount === 0),
    );
  while (busy()) {
    if (performance.now() - start > ms) throw new Error('the page did not settle');
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => doc.defaultView!.requestAnimationFrame(() => setTimeout(r, 50)));
}

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
let axeSource: Promise<string> | undefined;

/** axe-core's violations in the page (shadow roots included), one line each. */
export async function axeViolations(doc: Document): Promise<string[]> {
  const win = doc.defaultView as Window & { axe?: { run(context: Document, options: object): Promise<AxeResult> } };
  if (!win.axe) {
    axeSource ??= fetch(`${root}node_modules/axe-core/axe.min.js`).then((r) => r.text());
    const script = doc.createElement('script');
    script.textContent = await axeSource;
    doc.head.append(script);
  }
  const result = await win.axe!.run(doc, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** The text of an element without runs of white space. */
export const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
