/**
 * Measures the JavaScript time of each animation frame spent in sigma's
 * render call plus our own work (reducer passes run inside refresh). Used by
 * bench/web.ts through the test hook; costs two performance.now() calls per
 * render when idle.
 */
export interface FrameProfiler {
  /** Wire to sigma's "beforeRender" and "afterRender" events. */
  beforeRender(): void;
  afterRender(): void;
  /** Time outside sigma's render that still belongs to a frame (reducer passes). */
  addWork(ms: number): void;
  start(): void;
  /** Per-frame totals (ms) since start(), frames with no work left out. */
  stop(): number[];
  /** A render that happened outside the events (sigma's constructor renders before listeners exist). */
  markFirstRender(): void;
  /** performance.now() at the end of the first render, null before it. */
  firstRenderAt(): number | null;
}

export function createFrameProfiler(): FrameProfiler {
  let renderStarted = 0;
  let current = 0;
  let frames: number[] | null = null;
  let first: number | null = null;
  let raf = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Closed after the frame's animation callbacks, so work done in an input handler and the render it
  // scheduled for that frame count as one frame, whichever callback was registered first.
  const flush = () => {
    if (!frames) return;
    if (current > 0) frames.push(current);
    current = 0;
    raf = requestAnimationFrame(tick);
  };
  const tick = () => {
    timer = setTimeout(flush, 0);
  };

  return {
    beforeRender() {
      renderStarted = performance.now();
    },
    afterRender() {
      const now = performance.now();
      current += now - renderStarted;
      first ??= now;
    },
    markFirstRender() {
      first ??= performance.now();
    },
    addWork(ms) {
      current += ms;
    },
    start() {
      frames = [];
      current = 0;
      raf = requestAnimationFrame(tick);
    },
    stop() {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
      const out = frames ?? [];
      if (current > 0) out.push(current);
      frames = null;
      return out;
    },
    firstRenderAt: () => first,
  };
}
