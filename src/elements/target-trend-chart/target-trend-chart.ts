/**
 * `<target-trend-chart>`: importing this module registers the element.
 * For a scoped registry, import the class from `policy-indicators/classes` instead and define it yourself.
 */
import { TargetTrendChart } from './target-trend-chart.component.js';

export * from './target-trend-chart.component.js';

// Registered once per page: a second copy of the bundle (two CMS widgets, each with its script tag)
// finds the tag taken and leaves it be, instead of throwing "has already been used with this registry".
if (typeof customElements !== 'undefined' && !customElements.get('target-trend-chart')) customElements.define('target-trend-chart', TargetTrendChart);
