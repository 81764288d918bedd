// npm run size: prints min and min+gzip sizes against their budgets; exits 1 above a budget.
import { ENTRIES, measure } from './size-lib.mjs';

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
let over = 0;
for (const entry of ENTRIES) {
  const m = await measure(entry);
  const ok = m.gzip <= m.budget;
  if (!ok) over++;
  const lazy = m.lazy.gzip ? `  (+ ${kb(m.lazy.gzip)} on demand)` : '';
  console.log(`${ok ? 'ok  ' : 'OVER'} ${m.name.padEnd(56)} min ${kb(m.min).padStart(9)}  min+gzip ${kb(m.gzip).padStart(9)}  budget ${kb(m.budget)}${lazy}`);
}
process.exit(over ? 1 : 0);
