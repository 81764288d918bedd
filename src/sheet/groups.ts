/**
 * The plan's hierarchy from a sheet: section rows (「政策目標1」「1-1 …」「【社会成果指標】」) and
 * hierarchy columns (基本方針 | 基本施策 | 単位施策), as groups listing their indicators. A cell that
 * names several groups of one level on separate lines (「I-3-(3)-①」「I-3-(3)-③」) puts the
 * indicator in each; a line whose code continues another group's code (II-2-(1)-② under II-2-(1))
 * goes under that group, as the plan numbers it.
 */
import type { SheetMapping } from './mapping.js';
import type { Draft, PathStep } from './read-rows.js';

interface Node {
  key: string;
  level: number;
  code?: string;
  name: string;
  children: Node[];
  indicators: string[];
  parent: Node | null;
}

const nameKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');
const stepKey = (s: { code?: string; name: string }) => (s.code ? `c:${nameKey(s.code)}` : `n:${nameKey(s.name)}`);

/** The groups of the drafts' paths (`ids[i]` is the id of `drafts[i]`), and the plan's levels. */
export function buildGroups(
  drafts: Draft[],
  ids: string[],
  mapping: SheetMapping,
  sectionDepth: number,
): { groups: unknown[]; levels: { id: string; label: string }[] } {
  const roots: Node[] = [];
  const all: Node[] = [];
  const childOf = (list: Node[], parent: Node | null, step: { code?: string; name: string }, level: number): Node => {
    const key = stepKey(step);
    let node = list.find((n) => n.key === key);
    if (!node) {
      node = { key, level, ...(step.code && { code: step.code }), name: step.name, children: [], indicators: [], parent };
      list.push(node);
      all.push(node);
    }
    return node;
  };
  const later: { step: PathStep; parent: Node | null; id: string; last: boolean }[] = [];
  drafts.forEach((d, i) => {
    const id = ids[i]!;
    let list = roots;
    let parent: Node | null = null;
    d.path.forEach((step, n) => {
      const node = childOf(list, parent, step, step.level);
      const last = n === d.path.length - 1;
      if (last && !node.indicators.includes(id)) node.indicators.push(id);
      if (step.more) later.push({ step, parent, id, last });
      parent = node;
      list = node.children;
    });
  });
  // Further groups named in the same cell, shallow levels first: under the group whose code theirs
  // continues (II-2-(1)-② under II-2-(1)), else beside the first group of the cell.
  later.sort((a, b) => a.step.level - b.step.level);
  for (const { step, parent, id, last } of later) {
    for (const more of step.more!) {
      const home = (more.code && codeParent(all, more.code, step.level - 1)) || parent;
      const node = childOf(home ? home.children : roots, home, more, step.level);
      if (last && !node.indicators.includes(id)) node.indicators.push(id);
    }
  }
  const depth = Math.max(0, ...all.map((n) => n.level + 1));
  const levels = Array.from({ length: depth }, (_, i) => ({
    id: `level-${i + 1}`,
    label:
      i < sectionDepth
        ? mapping.sections.levels[i] || `見出し${i + 1}`
        : mapping.hierarchy[i - sectionDepth]?.label || `階層${i + 1}`,
  }));
  const ids2 = new Set<string>();
  const idOf = (n: Node): string => {
    const base = n.code ?? pathOf(n).join(' > ');
    let id = base;
    for (let k = 2; ids2.has(id); k++) id = `${base}-${k}`;
    ids2.add(id);
    return id;
  };
  const strip = (nodes: Node[]): unknown[] =>
    nodes.map((n) => ({
      id: idOf(n),
      level: `level-${n.level + 1}`,
      ...(n.code && { code: n.code }),
      name: n.name,
      children: strip(n.children),
      indicators: n.indicators,
    }));
  return { groups: strip(roots), levels: all.length ? levels : [] };
}

function pathOf(n: Node): string[] {
  const names: string[] = [];
  for (let x: Node | null = n; x; x = x.parent) names.unshift(x.name);
  return names;
}

/** The group at `level` whose code the given code continues: II-2-(1)-② → II-2-(1). */
function codeParent(all: Node[], code: string, level: number): Node | null {
  let best: Node | null = null;
  for (const n of all) {
    if (n.level !== level || !n.code || n.code.length >= code.length) continue;
    if (code.startsWith(n.code) && /^[-‐－.．]/.test(code.slice(n.code.length)) && (!best || n.code.length > best.code!.length)) best = n;
  }
  return best;
}
