/** Waits until `check()` holds (polling every 25 ms), or fails after `ms`. */
export async function until(check: () => boolean, ms = 10000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}
