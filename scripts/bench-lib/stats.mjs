// Medians, paired ratios and the printed table of `npm run bench`.

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** The per-pair ratios a[i] / b[i]: each pair's A and B ran back to back, so the machine's noise mostly cancels. */
const ratios = (a, b) => a.map((x, i) => (b[i] > 0 ? x / b[i] : NaN)).filter((r) => Number.isFinite(r));

/** The median of a[i] / b[i] over the pairs. */
export function pairedRatio(a, b) {
  return median(ratios(a, b));
}

/** The q-quantile (0–1) of sorted values, interpolated. */
function quantile(sorted, q) {
  if (!sorted.length) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

/** The middle half of the per-pair ratios (first to third quartile): how far one pass can be trusted. */
export function ratioSpread(a, b) {
  const sorted = ratios(a, b).sort((x, y) => x - y);
  return sorted.length > 1 ? [quantile(sorted, 0.25), quantile(sorted, 0.75)] : null;
}

/**
 * One line of the result: `a` and `b` are the per-run values of the element and of its reference;
 * `target` is { max } (the ratio must not exceed it) or null (informational); `today` the issue's figure.
 */
export function summarize({ name, unit, a, b, target = null, today = '' }) {
  const ratio = pairedRatio(a, b);
  const pass = target && ratio != null ? ratio <= target.max : null;
  return { name, unit, a: median(a), b: median(b), ratio, spread: ratioSpread(a, b), pairs: Math.min(a.length, b.length), target: target ? `≤ ${target.max}×` : '', today, pass, runsA: a, runsB: b };
}

function formatValue(value, unit) {
  if (value == null) return '—';
  if (unit === 'ms') return `${value.toFixed(value < 100 ? 1 : 0)} ms`;
  if (unit === 'MiB') return `${value.toFixed(1)} MiB`;
  return Math.round(value).toLocaleString('en-US');
}

/** The result lines as a plain-text table (also valid Markdown). */
export function formatTable(lines, { a = 'element', b = 'reference' } = {}) {
  const head = ['comparison', a, b, 'ratio', 'middle half', 'pairs', 'target', 'issue: today', 'result'];
  const body = lines.map((l) => [
    l.name,
    formatValue(l.a, l.unit),
    formatValue(l.b, l.unit),
    l.ratio == null ? '—' : `${l.ratio.toFixed(2)}×`,
    l.spread ? `${l.spread[0].toFixed(2)}–${l.spread[1].toFixed(2)}` : '—',
    String(l.pairs ?? '—'),
    l.target || '—',
    l.today || '—',
    l.pass == null ? 'info' : l.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const row = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [row(head), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(row)].join('\n');
}
