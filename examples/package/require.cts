// CommonJS (a .cts file, or "type": "commonjs"): require() the core and the CSV reader, with types.
import core = require('policy-indicators/core');
import csv = require('policy-indicators/csv');

const { document } = csv.csvToDataset('指標ID,年度,目標値,実績値\na01,2024,80,23');
const result: core.ValidationResult = core.validate(document);
const rate: number | null = core.achievementRate({ target: 80, actual: 23 });
console.log(result.valid, rate);
