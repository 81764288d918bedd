import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Rows rendered in the first update: more than a screenful (100 rows fill a screen 2,800 px tall),
 * and a small part of a portal's 1,000 or 10,000. The first rows are laid out twice (alone, then
 * with the rest), so the fewer the better once the screen is full: at 1,000 rows, 250 made the
 * whole table 1.23× static HTML, 100 make it 1.18× (`npm run bench`).
 */
export const FIRST_ROWS = 100;
/** Rows per guarded block: a block whose rows did not change is skipped when the table renders again. */
export const BLOCK_ROWS = 250;

/**
 * Renders a long table in two steps: the first screen in the first frame, then every other row in
 * the next (find-in-page, printing and screen readers see them all; nothing is virtualised away).
 * Two steps, not many: each step lays the whole table out again (automatic table layout measures
 * every cell), so more steps would cost more in all. A table rendered on the server, or hydrated,
 * renders whole at once, as the server did. `done` resolves when every row is in.
 */
export class ProgressiveRows implements ReactiveController {
  /** How many rows the next render includes. */
  limit: number;
  private total = 0;
  private frame = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private waiting: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost, whole: boolean) {
    host.addController(this);
    this.limit = whole || isServer ? Infinity : FIRST_ROWS;
  }

  /** Before each render: a render that shows no rows (a loading state, a problem box) leaves none to wait for. */
  hostUpdate(): void {
    this.total = 0;
  }

  /** True while the last render left rows for a later one. */
  get partial(): boolean {
    return this.limit < this.total;
  }

  /** Call from render with the number of rows to show; returns the number to render now. */
  take(total: number): number {
    this.total = total;
    return Math.min(total, this.limit);
  }

  /** The view changed (filter, sort, data): render the first screen first again, unless rendering whole. */
  restart(): void {
    if (this.limit !== Infinity) this.limit = FIRST_ROWS;
  }

  hostUpdated(): void {
    if (this.limit >= this.total) {
      for (const resolve of this.waiting.splice(0)) resolve();
      return;
    }
    if (this.frame) return;
    // After the first screen is painted: a task posted from the frame runs after its paint (a render
    // requested in the frame itself would join it, and the first screen would never show alone).
    this.frame = requestAnimationFrame(() => {
      this.timer = setTimeout(() => {
        this.frame = 0;
        this.limit = Infinity;
        this.host.requestUpdate();
      });
    });
  }

  hostDisconnected(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = 0;
    // Out of the page nothing paints: finish at once when it comes back.
    this.limit = Infinity;
  }

  /** Resolves once every row is in the document. */
  get done(): Promise<void> {
    return this.limit >= this.total ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}
