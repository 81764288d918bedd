// TypeScript, strict: the elements' properties, events and the core are typed.
import 'policy-indicators';
import type { DataFormat, DatasetDocument, IndicatorErrorDetail } from 'policy-indicators';
import { achievementRate } from 'policy-indicators/core';
import { csvToDataset } from 'policy-indicators/csv';

const table = document.createElement('policy-indicator-table');
table.addEventListener('indicator-error', (event) => {
  const detail: IndicatorErrorDetail = event.detail;
  console.error(detail.message, event.detail.problems.map((p) => `${p.path}: ${p.message}`));
  // @ts-expect-error the detail has problems and message, nothing else
  console.log(event.detail.problem);
});
table.addEventListener('indicator-select', (event) => console.log(event.detail.indicatorId, event.detail.year));
table.layout = 'series';
// @ts-expect-error a layout is 'auto', 'summary' or 'series'
table.layout = 'bogus';
const format: DataFormat = 'csv';
table.format = format;

const data: DatasetDocument = JSON.parse('{"plan": {}, "indicators": []}');
table.data = data;
table.data = csvToDataset('指標ID,年度,目標値,実績値\na01,2024,80,23').document ?? undefined;
const rate: number | null = achievementRate({ target: 80, actual: 23 });
console.log(rate);
