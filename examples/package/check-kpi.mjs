// node check-kpi.mjs kpi.csv: in a portal's build, fails on bad data and prints the summary.
import { readFileSync } from 'node:fs';
import { csvToDataset, decodeText } from 'policy-indicators/csv';
import { evaluate, localize, summarize, validate } from 'policy-indicators/core';

const { document, problems } = csvToDataset(decodeText(readFileSync(process.argv[2])));
const result = validate(document);
for (const p of [...problems, ...result.problems]) console.error(`${p.severity}: ${p.message}`);
if (!result.valid || problems.some((p) => p.severity === 'error')) process.exit(1);
const { lines } = summarize(evaluate(result.dataset, { year: result.dataset.plan.reportedYear }));
console.log(lines.map((line) => `${localize(line.label)} ${line.count}`).join('・'));
