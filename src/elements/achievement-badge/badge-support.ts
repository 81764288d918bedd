import type { BadgeData } from './badge-data.js';

let provided: BadgeData | undefined;
let loading: Promise<BadgeData> | undefined;

/** The badge's data support once loaded (or imported up front by `policy-indicators`), else undefined. */
export const badgeData = (): BadgeData | undefined => provided;

/** Called by badge-data.ts when it is evaluated, however it was imported. */
export function provideBadgeData(data: BadgeData): void {
  provided = data;
}

/** Loads the data support on demand, once per page. */
export function loadBadgeData(): Promise<BadgeData> {
  loading ??= import('./badge-data.js').then((m) => m.BADGE_DATA);
  return loading;
}
