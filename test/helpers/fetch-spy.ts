/** One call of `fetch` seen by `spyOnFetch`: the URL asked for and the stack it was asked from. */
export interface SeenRequest {
  url: string;
  stack: string;
}

/**
 * Records every call of `window.fetch` and passes it on. `restore()` puts the real one back (call it
 * in a `finally`).
 */
export function spyOnFetch(): { requests: SeenRequest[]; restore(): void } {
  const original = window.fetch;
  const requests: SeenRequest[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(input instanceof Request ? input.url : input), stack: new Error().stack ?? '' });
    return original(input, init);
  }) as typeof fetch;
  return { requests, restore: () => void (window.fetch = original) };
}
