import { onDemand } from '../shared/on-demand.js';
import type { BadgeData } from './badge-data.js';

/** The badge's data support (badge-data.ts): loaded on demand, or provided by an entry that imported it. */
export const badgeData = onDemand<BadgeData>(() => import('./badge-data.js').then((m) => m.BADGE_DATA));
