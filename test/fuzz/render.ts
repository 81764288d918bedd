/**
 * Renders an element in a sized box, waits until it has settled, and says what a reader sees:
 * content, a message, or nothing; which `indicator-error` events it fired; whether anything escaped
 * (an `error` or `unhandledrejection` on the window, a rejected `updateComplete`); whether any data
 * string ran as script (the payloads set `window.__pwned`).
 */
import type { LitElement } from 'lit';
import '../../src/elements/achievement-badge/achievement-badge.js';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import '../../src/elements/target-trend-chart/target-trend-chart.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const escaped: string[] = [];
window.addEventListener('error', (e) => {
  escaped.push(`window error: ${e.message}`);
  e.preventDefault();
});
window.addEventListener('unhandledrejection', (e) => {
  escaped.push(`unhandled rejection: ${(e.reason as Error)?.stack ?? e.reason}`);
  e.preventDefault();
});
// A payload that calls alert() must not block the page: it springs the same trap.
window.alert = () => {
  window.__pwned = 'alert';
};

export type Tag = 'policy-indicator-table' | 'target-trend-chart' | 'achievement-badge';

export interface Seen {
  /** Exceptions that escaped the element. */
  escaped: string[];
  /** `indicator-error` events the element dispatched. */
  events: CustomEvent[];
  /** The shadow root has something in it. */
  nonEmpty: boolean;
  /** What the reader gets: a row, a chart, a badge label … (null: nothing). */
  content: string | null;
  /** A visible message ([role=alert], [part=problem], [part=message], the badge's unreadable state), or null. */
  message: string | null;
  /** Attributes of the drawing holding NaN or Infinity. */
  badGeometry: string[];
  /** All text, including nested badges' shadow roots. */
  text: string;
  /** How long the element took to settle. */
  ms: number;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function visible(el: Element | null): boolean {
  if (!el) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** Text of a root and of the shadow roots below it. */
export function deepText(root: ParentNode): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLStyleElement) return;
    node.childNodes.forEach(walk);
  };
  walk(root as Node);
  return text.replace(/\s+/g, ' ').trim();
}

const GEOMETRY = ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'viewBox', 'transform', 'points'];

function badGeometry(root: ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('svg, svg *')) {
    for (const name of GEOMETRY) {
      const v = el.getAttribute(name);
      if (v && /NaN|Infinity/.test(v)) out.push(`<${el.tagName.toLowerCase()} ${name}="${v.slice(0, 60)}">`);
    }
  }
  return out;
}

function contentOf(tag: Tag, root: ShadowRoot): string | null {
  if (tag === 'policy-indicator-table') {
    const row = [...root.querySelectorAll('tr.data')].find(visible);
    if (row) return `tr.data: ${deepText(row).slice(0, 80)}`;
    // A filter that matches no row of the year is a state, not an error: the table says so in a row.
    const empty = [...root.querySelectorAll('tr.empty')].find(visible);
    return empty ? `tr.empty: ${deepText(empty).slice(0, 80)}` : null;
  }
  if (tag === 'target-trend-chart') {
    const chart = root.querySelector('svg.chart');
    return visible(chart) ? 'svg.chart' : null;
  }
  const label = root.querySelector('[part=label]');
  const rate = root.querySelector('[part=rate]');
  const words = `${deepText(label ?? document.createElement('i'))} ${deepText(rate ?? document.createElement('i'))}`.trim();
  return words && (visible(label) || visible(rate)) ? `badge: ${words}` : null;
}

function messageOf(root: ShadowRoot): string | null {
  const box = [...root.querySelectorAll('[role=alert], [part~=problem], [part~=message], [part~=base].problem')].find(visible);
  return box ? deepText(box).slice(0, 120) || '(an empty message box)' : null;
}

/** Waits until the element and every element inside it have finished updating. */
async function settle(el: LitElement, problems: string[]): Promise<void> {
  for (let round = 0; round < 3; round++) {
    try {
      await el.updateComplete;
    } catch (e) {
      problems.push(`updateComplete rejected: ${(e as Error)?.stack ?? e}`);
      return;
    }
    const inner = [...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((n): n is LitElement => 'updateComplete' in n);
    for (const child of inner) {
      try {
        await child.updateComplete;
      } catch (e) {
        problems.push(`updateComplete of <${child.localName}> rejected: ${(e as Error)?.stack ?? e}`);
      }
    }
    await frame();
  }
}

/** A src loads asynchronously: waits for it to arrive (or fail), at most 3 s; true if it waited. */
async function waitForLoad(el: LitElement): Promise<boolean> {
  let waited = 0;
  for (; el.shadowRoot?.querySelector('[part=loading]') && waited < 3000; waited += 20) {
    await new Promise((r) => setTimeout(r, 20));
  }
  return waited > 0;
}

/**
 * Creates `tag`, lets `setup` give it attributes, properties and children, puts it in an 800 px
 * box, and reports what a reader sees once it has settled. With `update`, the element is changed
 * again after it settled, and what is reported is what the change caused. It is removed afterwards.
 */
export async function render(tag: Tag, setup: (el: LitElement) => void, update?: (el: LitElement) => void): Promise<Seen> {
  const box = document.createElement('div');
  box.style.width = '800px';
  document.body.append(box);
  const el = document.createElement(tag) as LitElement;
  const events: CustomEvent[] = [];
  el.addEventListener('indicator-error', (e) => events.push(e as CustomEvent));
  escaped.length = 0;
  const problems: string[] = [];
  // Mocha's own window.onerror would fail the test at random; the listener above records instead.
  const onerror = window.onerror;
  window.onerror = null;
  const start = performance.now();
  try {
    setup(el);
    box.append(el);
    await settle(el, problems);
    if (update) {
      // What the second inputs cause is what counts: events and escapes of the first render are left behind.
      if (await waitForLoad(el)) await settle(el, problems);
      events.length = 0;
      escaped.length = 0;
      update(el);
      await settle(el, problems);
    }
    if (await waitForLoad(el)) await settle(el, problems);
    const ms = performance.now() - start;
    const root = el.shadowRoot;
    if (!root) return { escaped: [...escaped, ...problems, 'no shadow root'], events, nonEmpty: false, content: null, message: null, badGeometry: [], text: '', ms };
    const text = deepText(root);
    const nonEmpty = text !== '' || [...root.children].some((c) => !(c instanceof HTMLStyleElement));
    return { escaped: [...escaped, ...problems], events, nonEmpty, content: contentOf(tag, root), message: messageOf(root), badGeometry: badGeometry(root), text, ms };
  } finally {
    window.onerror = onerror;
    box.remove();
  }
}

/** A `<script type="application/json">` child holding `text`, as a CMS page embeds a dataset. */
export function inlineJson(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

/** A `blob:` URL holding `text`, for a `src` (any text, even a lone surrogate, and any length). */
export function blobUrl(text: string, type: string): string {
  return URL.createObjectURL(new Blob([text], { type }));
}
