/**
 * The hierarchy of a CSV: each indicator gives its group as a path, 「基本方針 > 基本施策」, on any
 * or every row. Paths that differ only in spacing, 「>」 or 「＞」, or full-width and half-width
 * forms (ｷｮｳｲ = キョウイ, Ａ = A) are the same path, so they make one group, never duplicates.
 */

/** A path as written, split at > or ＞, each name with its spaces tidied. */
export function groupPath(text: string): string[] {
  return text.split(/[>＞]/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A group name as compared: NFKC, without spaces (「持続可能な　産業振興」 = 「持続可能な産業振興」). */
const groupKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

/** Two paths are the same path when their keys are equal. */
export const groupPathKey = (path: string[]) => path.map(groupKey).join('>');

/** The groups from each indicator's path, in first-seen order; ids and names are the paths as first written. */
export function groupsFrom<D extends { id: string }>(drafts: Iterable<D>, pathOf: (d: D) => string[] | undefined): unknown[] {
  interface Node { id: string; key: string; name: string; children: Node[]; indicators: string[] }
  const roots: Node[] = [];
  for (const d of drafts) {
    const path = pathOf(d);
    if (!path?.length) continue;
    let level = roots;
    let node: Node | undefined;
    let id = '';
    for (const name of path) {
      const key = groupKey(name);
      id = id ? `${id} > ${name}` : name;
      node = level.find((n) => n.key === key);
      if (!node) {
        node = { id, key, name, children: [], indicators: [] };
        level.push(node);
      }
      id = node.id;
      level = node.children;
    }
    if (!node!.indicators.includes(d.id)) node!.indicators.push(d.id);
  }
  const strip = (nodes: Node[]): unknown[] => nodes.map(({ id, name, children, indicators }) => ({ id, name, children: strip(children), indicators }));
  return strip(roots);
}
