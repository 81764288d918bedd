// The Chart.js side of the chart comparison of `npm run bench` (page: scripts/bench-lib/pages.mjs).
// Fetches the same dataset as the <target-trend-chart> page and draws, for each indicator id in
// #charts[data-ids], what the element draws: a caption with the name and unit, the targets as a
// dashed line with square markers, each actual series as a line with round (then triangle)
// markers, the baseline as a diamond, over the plan years labelled R1, R2 … (era-short).
// Animation is off: the chart is final when `new Chart()` returns, as the element's is when it
// has rendered. Sets window.__chartsDrawn when every chart is drawn.
(async () => {
  const main = document.getElementById('charts');
  const ids = main.dataset.ids.split(' ');
  const dataset = await (await fetch(main.dataset.src)).json();
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
  const { start, end } = dataset.plan.period;
  const years = Array.from({ length: end - start + 1 }, (_, i) => start + i);
  const label = (y) => (y >= 2019 ? `R${y - 2018}` : `H${y - 1988}`);
  /** A value of the format as a number, or null (集計中, —, a year without a value: a gap). */
  const number = (v) => {
    const n = Number(v && typeof v === 'object' ? v.value : v);
    return v == null || v === '' || !Number.isFinite(n) ? null : n;
  };

  for (const id of ids) {
    const indicator = byId.get(id);
    const figure = document.createElement('figure');
    const caption = document.createElement('figcaption');
    caption.textContent = `${indicator.name}（単位：${indicator.unit ?? ''}）`;
    const box = document.createElement('div');
    box.className = 'canvas';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `${indicator.name}の目標と実績`);
    box.append(canvas);
    figure.append(caption, box);
    const cell = document.createElement('div');
    cell.className = 'cell';
    cell.append(figure);
    main.append(cell);

    const series = indicator.series?.length ? indicator.series : [indicator];
    const baseline = indicator.baseline ? number(indicator.baseline.value) : null;
    const datasets = [
      {
        label: '目標', data: years.map((y) => number(indicator.targets?.[y])), borderColor: '#4d4d4d', backgroundColor: '#4d4d4d',
        borderDash: [6, 4], pointStyle: 'rect', pointRadius: 4, spanGaps: true,
      },
      ...series.map((s, i) => ({
        label: s.label ?? '実績', data: years.map((y) => number(s.actuals?.[y])), borderColor: i ? '#c74700' : '#0031d8',
        backgroundColor: i ? '#c74700' : '#0031d8', borderDash: i ? [2, 3] : [], pointStyle: i ? 'triangle' : 'circle', pointRadius: 5,
      })),
    ];
    if (baseline != null && years.includes(indicator.baseline.year)) {
      datasets.push({ label: '基準値', data: years.map((y) => (y === indicator.baseline.year ? baseline : null)), pointStyle: 'rectRot', pointRadius: 6, showLine: false });
    }
    new Chart(canvas, {
      type: 'line',
      data: { labels: years.map(label), datasets },
      options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } } },
    });
  }
  window.__chartsDrawn = true;
})();
