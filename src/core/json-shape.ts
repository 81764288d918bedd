/**
 * Limits a document must keep before it is read, checked without recursion so no document can
 * exhaust the stack: JSON values only (no BigInt, function, symbol or cycle), nesting depth, and
 * the number of values. The readers behind `validate` recurse (groups within groups); these limits
 * are what makes that safe.
 */
export const LIMITS = {
  /** Deepest nesting of objects and arrays. A plan's hierarchy of 30 levels needs about 66. */
  depth: 100,
  /** Values in the whole document: 10,000 indicators over 20 years fit with room to spare. */
  values: 5_000_000,
  /** Levels of nested groups (基本方針 > 基本施策 > 単位施策 … ). */
  groupDepth: 30,
} as const;

export interface ShapeIssue {
  path: string;
  kind: 'cycle' | 'too-deep' | 'too-many';
  got: string;
}

/**
 * The first issue of each kind (in the order of a depth-first walk) that makes a document unsafe to
 * read: a cycle, nesting deeper than `limits.depth`, more than `limits.values` values. A value that
 * is not JSON (a BigInt, a function) is the readers' to report, where they meet it.
 */
export function inspectJson(root: unknown, limits: { depth: number; values: number } = LIMITS): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  const seen = new Set<ShapeIssue['kind']>();
  // An explicit stack of the objects and arrays still to look into, each with its parent and its
  // key in it. A document of 10,000 indicators has about a million values, most of them numbers
  // and strings: those are only counted, and a path is written only for an issue.
  type Frame = { value: object; parent: Frame | null; key: string | number; depth: number };
  const pathOf = (parent: Frame | null, key: string | number): string => {
    const keys: (string | number)[] = [];
    for (let f: Frame | null = parent; f?.parent; f = f.parent) keys.push(f.key);
    let path = '$';
    for (let i = keys.length - 1; i >= 0; i--) path += typeof keys[i] === 'number' ? `[${keys[i]}]` : `.${keys[i]}`;
    return parent ? path + (typeof key === 'number' ? `[${key}]` : `.${key}`) : path;
  };
  const add = (parent: Frame | null, key: string | number, kind: ShapeIssue['kind'], got: string) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    issues.push({ path: pathOf(parent, key), kind, got });
  };
  const stack: Frame[] = [];
  let count = 0;
  /** Counts a value and checks it; an object or array is put on the stack. False past the limit. */
  const meet = (value: unknown, parent: Frame | null, key: string | number, depth: number): boolean => {
    if (++count > limits.values) {
      add(parent, key, 'too-many', `more than ${limits.values} values`);
      return false;
    }
    if (typeof value === 'object' && value !== null) stack.push({ value, parent, key, depth });
    return true;
  };
  // The objects enclosing the one looked into (a depth-first walk: index = depth), and as a set.
  const enclosing: object[] = [];
  const onPath = new Set<object>();
  if (!meet(root, null, '$', 0)) return issues;
  while (stack.length) {
    const frame = stack.pop()!;
    const { value: obj, depth } = frame;
    while (enclosing.length > depth) onPath.delete(enclosing.pop()!);
    if (onPath.has(obj)) {
      add(frame.parent, frame.key, 'cycle', 'a reference to an enclosing value');
      continue;
    }
    if (depth >= limits.depth) {
      add(frame.parent, frame.key, 'too-deep', `more than ${limits.depth} levels`);
      continue;
    }
    enclosing.push(obj);
    onPath.add(obj);
    // Last to first, so that the stack gives them back first to last.
    if (Array.isArray(obj)) {
      for (let i = obj.length - 1; i >= 0; i--) if (!meet(obj[i], frame, i, depth + 1)) return issues;
    } else {
      const keys = Object.keys(obj);
      for (let i = keys.length - 1; i >= 0; i--) {
        if (!meet((obj as Record<string, unknown>)[keys[i]!], frame, keys[i]!, depth + 1)) return issues;
      }
    }
  }
  return issues;
}

/** A value as text for a message, whatever it is: JSON where possible, never a throw. */
export function showValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (typeof v === 'bigint') return `${String(v)}n`;
  if (typeof v === 'function' || typeof v === 'symbol') return typeof v;
  try {
    const text = JSON.stringify(v, (_key, x: unknown) => (typeof x === 'bigint' ? `${String(x)}n` : x));
    return text === undefined ? String(v) : text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return Object.prototype.toString.call(v);
  }
}
