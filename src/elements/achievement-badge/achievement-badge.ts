/**
 * `<achievement-badge>`: importing this module registers the element (and what it renders inside).
 * For a scoped registry, import the class from `policy-indicators/classes` instead and define it yourself.
 */
import { AchievementBadge } from './achievement-badge.component.js';

export * from './achievement-badge.component.js';

// Registered once per page: a second copy of the bundle (two CMS widgets, each with its script tag)
// finds the tag taken and leaves it be, instead of throwing "has already been used with this registry".
if (typeof customElements !== 'undefined' && !customElements.get('achievement-badge')) customElements.define('achievement-badge', AchievementBadge);
