// In-page probe of `npm run bench` (scripts/bench.mjs). Injected with puppeteer's
// evaluateOnNewDocument, so it runs before any script of the page; window.__benchConfig is set just
// before it: { rows?: number (data rows expected), watchMutations?: boolean (chart pages),
// hydrate?: string (a server-rendered page: the tag of its element) }.
//
// Every time is in milliseconds since navigation start (performance.now()'s clock). A state counts
// as painted when the frame that rendered it is done: eachFrame() reads the state in a
// requestAnimationFrame callback (what that frame renders) and takes as its time the start of the
// following frame (the timestamp its requestAnimationFrame callbacks receive, the same for all of
// them), which the browser begins only once the first has gone through style, layout, paint and
// commit. (A task posted after the first frame is no good: while a page renders in chunks, one per
// frame, Chromium runs frames first and such a task waits until the chunks are over.) The rows are
// counted after that, outside the time; a MutationObserver epoch tells whether they are still
// what the frame rendered.
//
// It exposes window.__bench:
// - firstScreen: Promise<ms>: the first painted frame in which data rows are on screen down to the
//   bottom of the viewport (or all of them are there, for a table shorter than the window);
// - complete: Promise<ms>: once the document is parsed, the first painted frame with every expected
//   row present (in the document or any shadow root, however nested: rows are counted after the
//   frame, outside the time), no Lit element with an update pending and the table's
//   `updateComplete` resolved. A table that renders in chunks is followed to its last chunk;
// - hydrated: Promise<{ ms, kept }>: a server-rendered page (config.hydrate: the element's tag, whose
//   declarative shadow root holds the rows): the first painted frame once the script has defined
//   the element and it has taken the rows over, and whether they are the parser's own nodes;
// - waitRows(expect): the same for { count } or { ids } (data-indicator, in order), after an action;
// - settle(ready): chart pages: once ready() holds, the painted frame after the last DOM change of
//   the page (any shadow root), confirmed by four frames without a change;
// - rows(), rowIds(), nodeCount(), busy(), fence(): used by scripts/bench.mjs and bench/actions.js.
(() => {
  const config = window.__benchConfig ?? {};
  /** A data row, in the element's shadow root or in the flattened static copy (`@csspart row`). */
  const ROW = 'tr[part~="row"]';
  const now = () => performance.now();
  const OBSERVE = { subtree: true, childList: true, attributes: true, characterData: true };

  // Every shadow root, recorded when created, so that no search walks the whole tree to find them
  // (at 10,000 rows the table has about a million nodes). "Row roots": the document and the roots
  // whose host is not inside a row (the table's, not its badges'): only they can hold rows, and
  // only their changes (MutationObserver) move the epoch. Chart pages watch every root.
  const shadowRoots = [];
  const rowRoots = [document];
  let epoch = 0;
  const observer = new MutationObserver(() => epoch++);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (shadowRoots.includes(root)) return root; // a declarative root, already adopted, handed over
    shadowRoots.push(root);
    const inRow = !!this.closest(ROW);
    if (!inRow) rowRoots.push(root);
    if (!inRow || config.watchMutations) observer.observe(root, OBSERVE);
    return root;
  };
  // The document is only watched on chart pages: watching a static page while it is parsed would slow it down.
  if (config.watchMutations) observer.observe(document, OBSERVE);

  // A server-rendered page (config.hydrate = the element's tag): its shadow root is declarative, made
  // by the parser and not by attachShadow, so it is picked up here, as soon as the parser has it.
  const adoptDeclarative = () => {
    if (!config.hydrate) return;
    for (const host of document.getElementsByTagName(config.hydrate)) {
      const root = host.shadowRoot;
      if (!root || shadowRoots.includes(root)) continue;
      shadowRoots.push(root);
      rowRoots.push(root);
      observer.observe(root, OBSERVE);
    }
  };

  /** True while any Lit element (or one with the same `isUpdatePending` contract) has an update queued. */
  const busy = () => shadowRoots.some((r) => r.host.isUpdatePending === true);

  /** Resolves with the start of the frame after the next one: the next one has been rendered by then. */
  const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  const fence = afterNextFrame;

  /**
   * Every frame in turn: calls `look(f)` in each frame with f = { epoch, idle: no element busy },
   * read at the start of the frame before, and t = the start of this one (the frame before has been
   * rendered), then reads this frame's state (after `beforeRead()`), until `look` returns something:
   * resolves with it. Each frame is looked at: reading a state and waiting for the next frame in
   * turn would see only every other frame, and time a state rendered in between one frame late.
   */
  const eachFrame = (look, beforeRead = () => {}) => new Promise((resolve, reject) => {
    let previous = null;
    const tick = (t) => {
      try {
        adoptDeclarative();
        if (previous) {
          const out = look({ ...previous, t });
          if (out !== undefined) return resolve(out);
        }
        beforeRead();
        previous = { epoch, idle: !busy() };
        requestAnimationFrame(tick);
      } catch (e) {
        reject(e);
      }
    };
    requestAnimationFrame(tick);
  });

  /** Every data row: in each row root, in document order; roots in the order they were made. */
  function rows() {
    const out = [];
    for (const root of rowRoots) for (const row of root.querySelectorAll(ROW)) out.push(row);
    return out;
  }

  /** Does the list of rows match what is expected: a count, or ids in order (data-indicator)? */
  function matches(list, expect) {
    if (expect.ids) {
      if (list.length !== expect.ids.length) return false;
      for (let i = 0; i < list.length; i++) if (list[i].getAttribute('data-indicator') !== expect.ids[i]) return false;
      return true;
    }
    return list.length === expect.count;
  }

  /**
   * The epoch at which the hosts of the row roots (the table) last said they had rendered
   * everything: their `updateComplete`, which an element that renders in chunks keeps pending
   * until its last chunk (Lit's getUpdateComplete()). Rows are only counted then, not after every
   * chunk. Roots without such a host (a static page) are settled at once.
   */
  let settled = -1;
  let watching = false;
  function watchSettled() {
    if (watching || settled === epoch) return;
    watching = true;
    const hosts = rowRoots.slice(1).map((r) => r.host).filter((h) => h.updateComplete);
    Promise.all(hosts.map((h) => h.updateComplete)).finally(() => {
      settled = epoch;
      watching = false;
    });
  }

  /**
   * The time of the first painted frame in which the rows match `expect`, no element is busy and
   * the table says it is done. The rows are counted after the frame's time is taken (not in it),
   * and again only when something changed since the last count. Rejects when nothing changes for
   * `stall` ms while the rows do not match (a table stuck half-way), or after `timeout` ms.
   */
  async function waitRows(expect, { stall = 60000, timeout = 900000 } = {}) {
    const start = now();
    let countedEpoch = -1;
    let countedAt = -Infinity;
    let seenEpoch = epoch;
    let changedAt = start;
    const fail = (why) => new Error(`${why}: ${rows().length} rows, expected ${expect.ids ? `${expect.ids.length} in order` : expect.count}`);
    return eachFrame((f) => {
      if (f.epoch !== seenEpoch) [seenEpoch, changedAt] = [f.epoch, f.t];
      // Counted only if nothing changed since the frame read (else that is not what it rendered).
      if (f.idle && epoch === f.epoch && settled === f.epoch && (f.epoch !== countedEpoch || f.t - countedAt > 2000)) {
        countedEpoch = f.epoch;
        countedAt = f.t;
        if (matches(rows(), expect)) return f.t;
      }
      if (now() - changedAt > stall) throw fail(`no change for ${stall / 1000} s`);
      if (now() - start > timeout) throw fail('timed out');
      // A bundle that failed to load or define its elements: say so now rather than at the timeout.
      const undefinedElement = document.readyState === 'complete' && now() - start > 10000 && document.querySelector(':not(:defined)');
      if (undefinedElement) throw new Error(`<${undefinedElement.localName}> was never defined: did its script load?`);
      return undefined;
    }, watchSettled);
  }

  // Parsed: readyState "interactive", which comes before the deferred (module) scripts run and
  // DOMContentLoaded after them: a server-rendered table can be painted in between.
  const parsed = new Promise((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('readystatechange', () => resolve(), { once: true });
  });

  /**
   * Are rows on screen down to the bottom of the viewport? The first row of the first root that
   * has one, and what is drawn at the bottom of the viewport above it (elementFromPoint: a hit
   * test, no search through the rows): a table row there means the screen is full of rows. A
   * table that ends above the bottom counts when all its rows are there.
   */
  function screenFilled() {
    for (const root of rowRoots) {
      const first = root.querySelector(ROW);
      if (!first) continue;
      const hit = root.elementFromPoint(Math.max(0, first.getBoundingClientRect().left) + 4, innerHeight - 2);
      if (hit?.closest('tr')) return true;
      const table = first.closest('table');
      return !!table && table.getBoundingClientRect().bottom < innerHeight && root.querySelectorAll(ROW).length >= config.rows;
    }
    return false;
  }

  // First screen: checked in every frame from the very start, so that a static page still being
  // parsed (the parser yields and frames are drawn) is measured like an element.
  const firstScreen = new Promise((resolve) => {
    if (!config.rows) return;
    const check = () => (adoptDeclarative(), screenFilled() ? requestAnimationFrame(resolve) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });

  // Completion is looked for once the document is parsed: counting rows in every frame while a
  // 30 MB static page is parsed would slow the static side down.
  const complete = config.rows ? parsed.then(() => waitRows({ count: config.rows })) : new Promise(() => {});

  /**
   * A server-rendered page (config.hydrate): `complete` is the first painted frame with every row
   * (before the script has defined the element, its rows are settled at once, as a static page's);
   * `hydrated` the first painted frame after the element has been defined and has taken the rows
   * over (its `updateComplete`), with `kept`: whether the rows are still the nodes the parser made
   * (Lit hydrated them, rather than rendering the table again).
   */
  const hydrated = config.hydrate && config.rows
    ? complete.then(async () => {
      const before = rows();
      await customElements.whenDefined(config.hydrate);
      const host = document.getElementsByTagName(config.hydrate)[0];
      await host.updateComplete;
      settled = -1; // counted again only once the host has said it is done
      const ms = await waitRows({ count: config.rows });
      const after = rows();
      return { ms, kept: after.length === before.length && after.every((row, i) => row === before[i]) };
    })
    : new Promise(() => {});

  /** Chart pages: once ready() holds, the painted frame after the last DOM change, confirmed by four quiet frames. */
  async function settle(ready, timeout = 120000) {
    const start = now();
    let seen = -1;
    let last = null;
    let quiet = 0;
    return eachFrame((f) => {
      if (!ready()) {
        if (now() - start > timeout) throw new Error('the page never became ready');
        return undefined;
      }
      if (last === null || f.epoch !== seen) {
        last = f.t; // the first frame that painted the changes made before its start
        seen = f.epoch;
        quiet = 0;
      } else if (epoch === f.epoch && f.idle && ++quiet >= 4) {
        return last;
      }
      return undefined;
    });
  }

  /**
   * Every node of the document and of every shadow root: { total, elements, text, comments,
   * shadowRoots } (comments: Lit's markers, two per binding in a child position, most of them).
   */
  function nodeCount() {
    const n = { total: 0, elements: 0, text: 0, comments: 0, shadowRoots: shadowRoots.length };
    for (const root of [document, ...shadowRoots]) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.ELEMENT_NODE) n.elements++;
        else if (node.nodeType === Node.TEXT_NODE) n.text++;
        else if (node.nodeType === Node.COMMENT_NODE) n.comments++;
      }
    }
    n.total = n.elements + n.text + n.comments + n.shadowRoots;
    return n;
  }

  window.__bench = {
    ROW,
    config,
    fence,
    parsed,
    firstScreen,
    complete,
    hydrated,
    waitRows,
    settle,
    busy,
    rows,
    rowIds: () => rows().map((r) => r.getAttribute('data-indicator')),
    nodeCount,
    shadowRoots,
  };
})();
