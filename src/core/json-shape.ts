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
  kind: 'not-json' | 'cycle' | 'too-deep' | 'too-many';
  got: string;
}

/** The first issue of each kind that makes a value unusable as a JSON document, or none. */
export function inspectJson(root: unknown, limits: { depth: number; values: number } = LIMITS): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  const seen = new Set<ShapeIssue['kind']>();
  const add = (issue: ShapeIssue) => {
    if (seen.has(issue.kind)) return;
    seen.add(issue.kind);
    issues.push(issue);
  };
  // An explicit stack: [value, path, depth]; `exit` entries take an object off the current path.
  type Frame = { value: unknown; path: string; depth: number } | { exit: object };
  const stack: Frame[] = [{ value: root, path: '$', depth: 0 }];
  const onPath = new Set<object>();
  let count = 0;
  while (stack.length) {
    const frame = stack.pop()!;
    if ('exit' in frame) {
      onPath.delete(frame.exit);
      continue;
    }
    const { value, path, depth } = frame;
    if (++count > limits.values) {
      add({ path, kind: 'too-many', got: `more than ${limits.values} values` });
      break;
    }
    const type = typeof value;
    if (type === 'bigint' || type === 'function' || type === 'symbol') {
      add({ path, kind: 'not-json', got: type === 'bigint' ? `${String(value)}n` : type });
      continue;
    }
    if (value === null || type !== 'object') continue;
    const obj = value as object;
    if (onPath.has(obj)) {
      add({ path, kind: 'cycle', got: 'a reference to an enclosing value' });
      continue;
    }
    if (depth >= limits.depth) {
      add({ path, kind: 'too-deep', got: `more than ${limits.depth} levels` });
      continue;
    }
    onPath.add(obj);
    stack.push({ exit: obj });
    if (Array.isArray(obj)) {
      for (let i = obj.length - 1; i >= 0; i--) stack.push({ value: obj[i], path: `${path}[${i}]`, depth: depth + 1 });
    } else {
      const keys = Object.keys(obj);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        stack.push({ value: (obj as Record<string, unknown>)[key], path: `${path}.${key}`, depth: depth + 1 });
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
