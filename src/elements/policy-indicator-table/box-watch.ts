import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Watches the table's box: `narrow` when the element is under 40rem (a phone: the summary layout
 * shows the essentials per row), `overflowing` when the table is wider than its scroller (the scroll
 * hint shows). Measured in the frame after a resize, not in the observer's callback, where a
 * re-render that changes the table's size would be a "ResizeObserver loop". Nothing on a server.
 */
export class BoxWatch implements ReactiveController {
  narrow = false;
  overflowing = false;
  private observer?: ResizeObserver;
  private frame = 0;
  private table?: Element;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver(() => {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.measure();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.observer?.disconnect();
    this.table = undefined;
  }

  private measure(): void {
    if (this.check()) this.host.requestUpdate();
  }

  /**
   * Measures now, forcing a layout; true when `narrow` or `overflowing` changed. The element calls
   * it before its first table (narrow or not is known from the loading state's box) and when it has
   * rendered a new table (is it wider than its scroller?), so that the first frame with the table is
   * already right: no second render and layout a frame later.
   */
  check(): boolean {
    if (isServer) return false;
    const host = this.host;
    const rem = parseFloat(getComputedStyle(host.ownerDocument.documentElement).fontSize) || 16;
    const width = host.getBoundingClientRect().width;
    const narrow = width > 0 && width < 40 * rem;
    const scroller = host.renderRoot.querySelector<HTMLElement>('.scroller');
    const table = scroller?.querySelector('table');
    if (table && table !== this.table) {
      if (this.table) this.observer?.unobserve(this.table);
      this.table = table;
      this.observer?.observe(table);
    }
    const overflowing = !!scroller && scroller.scrollWidth > scroller.clientWidth + 1;
    if (narrow === this.narrow && overflowing === this.overflowing) return false;
    this.narrow = narrow;
    this.overflowing = overflowing;
    return true;
  }

  /** True when the element shows a table that `check` has not measured yet. */
  get unmeasured(): boolean {
    const table = this.host.renderRoot.querySelector('.scroller table');
    return !!table && table !== this.table;
  }
}
