// Entry points the browser tests load (bundled by scripts/build-examples.mjs): mount each example.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createApp } from 'vue';
import type { DatasetDocument } from 'policy-indicators';
import { IndicatorReport as ReactReport } from './react/IndicatorReport.js';
import { IndicatorReportWrapped as ReactWrappedReport } from './react/IndicatorReportWrapped.js';
import { IndicatorReport as VueReport } from './vue/IndicatorReport.js';

export function mountReact(el: HTMLElement, data: DatasetDocument, lang = 'ja') {
  const root = createRoot(el);
  root.render(createElement(ReactReport, { data, lang }));
  return () => root.unmount();
}

export function mountReactWrappers(el: HTMLElement, data: DatasetDocument, lang = 'ja') {
  const root = createRoot(el);
  root.render(createElement(ReactWrappedReport, { data, lang }));
  return () => root.unmount();
}

export function mountVue(el: HTMLElement, data: DatasetDocument, lang = 'ja') {
  const app = createApp(VueReport, { data, lang });
  app.mount(el);
  return () => app.unmount();
}
