// Sort and filter actions of `npm run bench`, evaluated in a loaded table page (element or static)
// next to bench/probe.js. Each returns the milliseconds from the start of the action to the first
// painted frame showing exactly the expected rows in the expected order (window.__bench.waitRows).
//
// - Element: a click, as a reader makes it: on the rate column's sort button (found by its label,
//   e.g. 「達成率 R6」), then on the summary's filter button of the line asked for (by position:
//   the buttons follow the summary lines). When a button cannot be found the element's own
//   attribute (`sort="rate"`, `filter="…"`) is set instead, and `how` says so.
// - Static: the reference re-render: the rows, sorted or filtered in the page from each row's rate
//   and judgment, replace the table's bodies as one <tbody> by innerHTML. The row markup comes from
//   the flattened element (rows-N.json, fetched by load() before any timing). The series layout's
//   filter: the bodies of the same table flattened with the filter set replace the table's bodies
//   (loadBodies() fetches them before the timing; an indicator's rows and its measure's header
//   rows stay together there, so they are not re-filtered row by row in the page).
(() => {
  const { fence, waitRows } = window.__bench;
  let rows = [];
  let includes = [];
  let current = [];
  let bodies = '';

  const table = () => document.querySelector('table');
  const byRate = (a, b) => (a.rate == null || b.rate == null ? (a.rate == null) - (b.rate == null) : a.rate - b.rate);

  /** Takes the table's bodies out; returns the table. */
  function removeBodies() {
    const t = table();
    for (const body of t.querySelectorAll('tbody')) body.remove();
    return t;
  }

  function replaceBodies(list) {
    const t = removeBodies();
    const body = document.createElement('tbody');
    body.innerHTML = list.map((r) => r.html).join('');
    t.append(body);
  }

  /** The element and its shadow root. */
  function host() {
    const el = document.querySelector('policy-indicator-table');
    return { el, root: el.shadowRoot };
  }

  window.__benchActions = {
    /** Static page: fetch the rows' markup, rate and judgment (not timed). */
    async load(url) {
      const data = await (await fetch(url)).json();
      rows = data.rows;
      includes = data.includes;
      current = rows;
      await fence();
      return rows.length;
    },

    /** Static series page: fetch the filtered table's bodies (not timed). */
    async loadBodies(url) {
      bodies = (await (await fetch(url)).json()).bodies;
      await fence();
      return bodies.length;
    },

    /** Static series page: the filtered bodies in place of the table's, by innerHTML. */
    async staticBodies(expect) {
      const t0 = performance.now();
      removeBodies().insertAdjacentHTML('beforeend', bodies);
      return { ms: (await waitRows(expect)) - t0, how: 'innerHTML' };
    },

    async staticSort(expect) {
      const t0 = performance.now();
      current = [...current].sort(byRate);
      replaceBodies(current);
      return { ms: (await waitRows(expect)) - t0, how: 'innerHTML' };
    },

    async staticFilter(expect) {
      const t0 = performance.now();
      current = current.filter((r) => r.judgment != null && includes.includes(r.judgment));
      replaceBodies(current);
      return { ms: (await waitRows(expect)) - t0, how: 'innerHTML' };
    },

    async elementSort(expect, label) {
      const { el, root } = host();
      const button = [...root.querySelectorAll('thead button')].find((b) => b.textContent.trim().startsWith(label));
      const t0 = performance.now();
      if (button) button.click();
      else el.setAttribute('sort', 'rate');
      return { ms: (await waitRows(expect)) - t0, how: button ? 'click' : 'attribute' };
    },

    async elementFilter(expect, index, id) {
      const { el, root } = host();
      const button = root.querySelectorAll('button[part~="filter"]')[index];
      const t0 = performance.now();
      if (button) button.click();
      else el.setAttribute('filter', id);
      return { ms: (await waitRows(expect)) - t0, how: button ? 'click' : 'attribute' };
    },
  };
})();
