// npm run size: prints min and min+gzip sizes against their budgets; exits 1 above a budget.
// `npm run size -- --readme` also writes the table between the size markers in README.md, so the
// README's figures are this script's output (test/node/size.test.mjs checks they are current).
import { readFileSync, writeFileSync } from 'node:fs';
import { ENTRIES, measure, readmeTable, README_MARKERS } from './size-lib.mjs';

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
let over = 0;
const measured = [];
for (const entry of ENTRIES) {
  const m = await measure(entry);
  measured.push(m);
  const ok = m.gzip <= m.budget;
  if (!ok) over++;
  const lazy = m.lazy.gzip ? `  (+ ${kb(m.lazy.gzip)} on demand)` : '';
  console.log(`${ok ? 'ok  ' : 'OVER'} ${m.name.padEnd(56)} min ${kb(m.min).padStart(9)}  min+gzip ${kb(m.gzip).padStart(9)}  budget ${kb(m.budget)}${m.goal ? `  goal ${kb(m.goal)}${m.gzip <= m.goal ? ' (met)' : ' (not yet)'}` : ''}${lazy}`);
}
if (process.argv.includes('--readme')) {
  const url = new URL('../README.md', import.meta.url);
  const readme = readFileSync(url, 'utf8');
  const [start, end] = README_MARKERS;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`README.md has no ${start} … ${end} block`);
    process.exit(1);
  }
  writeFileSync(url, `${readme.slice(0, from + start.length)}\n${readmeTable(measured)}\n${readme.slice(to)}`);
  console.log('wrote the sizes into README.md');
}
process.exit(over ? 1 : 0);
