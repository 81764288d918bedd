import type { Dataset, Group } from './types.js';

export interface FlatGroup {
  group: Group;
  /** 0 for a top-level group. */
  depth: number;
  /** The ancestors' ids, from the top. */
  ancestors: string[];
}

/** Every group, depth first, in document order. */
export function flattenGroups(groups: readonly Group[], depth = 0, ancestors: string[] = []): FlatGroup[] {
  return groups.flatMap((group) => [
    { group, depth, ancestors },
    ...flattenGroups(group.children, depth + 1, [...ancestors, group.id]),
  ]);
}

/** Indicator id → the ids of the groups that list it directly, in document order. */
export function groupsByIndicator(dataset: Pick<Dataset, 'groups'>): Map<string, string[]> {
  // Sets, not `includes` on arrays: one indicator listed by 10,000 groups stays linear.
  const sets = new Map<string, Set<string>>();
  for (const { group } of flattenGroups(dataset.groups)) {
    for (const id of group.indicators) {
      let set = sets.get(id);
      if (!set) sets.set(id, (set = new Set()));
      set.add(group.id);
    }
  }
  return new Map([...sets].map(([id, set]) => [id, [...set]]));
}

/** The ids of the indicators a group measures, itself or through its descendants, without repeats. */
export function indicatorsOfGroup(group: Group): string[] {
  const ids = new Set<string>(group.indicators);
  for (const child of group.children) for (const id of indicatorsOfGroup(child)) ids.add(id);
  return [...ids];
}
