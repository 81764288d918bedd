import { isServer } from 'lit';

/**
 * For `scheduleUpdate()`: runs `schedule` now or, for an element's first update while the document
 * is still being parsed (its bundle loaded `async`, or imported by an app, on a slow connection),
 * once it is parsed. Until then the element's children may still be arriving: its inline JSON not
 * there yet, or only half of it. Rendering earlier showed "cannot read the JSON" and reported it in
 * `indicator-error` for valid data, and a server-rendered element hydrated with no data against the
 * server's table: Lit reported a mismatch and the table showed twice.
 */
export function afterParsing(host: HTMLElement & { hasUpdated: boolean }, schedule: () => void | Promise<unknown>): void | Promise<unknown> {
  const doc = host.ownerDocument;
  if (isServer || host.hasUpdated || doc.readyState !== 'loading') return schedule();
  return new Promise((resolve) => doc.addEventListener('readystatechange', resolve, { once: true })).then(schedule);
}
