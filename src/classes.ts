/**
 * policy-indicators/classes: the three element classes, registering nothing. For scoped custom
 * element registries and for pages that want their own tag names:
 *
 * ```js
 * import { AchievementBadge, PolicyIndicatorTable, TargetTrendChart } from 'policy-indicators/classes';
 * const registry = new CustomElementRegistry();
 * registry.define('achievement-badge', AchievementBadge); // the table and the chart render badges inside
 * registry.define('policy-indicator-table', PolicyIndicatorTable);
 * registry.define('target-trend-chart', TargetTrendChart);
 * ```
 */
export { AchievementBadge } from './elements/achievement-badge/achievement-badge.component.js';
export { PolicyIndicatorTable } from './elements/policy-indicator-table/policy-indicator-table.component.js';
export { TargetTrendChart } from './elements/target-trend-chart/target-trend-chart.component.js';
export { DATA_FORMATS, type DataFormat } from './elements/shared/data-source.js';
export type { IndicatorErrorDetail } from './elements/shared/events.js';
