/**
 * The cancellable loop every demo's long computation runs in: it does `steps` units of work,
 * yields to the browser between chunks so the page stays responsive, reports progress, and stops
 * promptly when its AbortSignal fires. It never reads a tensor itself: steps that need a number
 * read it with `await t.data()` when they choose to (every N steps), not on every step.
 */

export class AbortedError extends Error {
  constructor() {
    super('stopped');
    this.name = 'AbortError';
  }
}

export const isAbort = (e: unknown) => e instanceof Error && e.name === 'AbortError';

export function throwIfAborted(signal?: AbortSignal) {
  if (signal?.aborted) throw new AbortedError();
}

/** Resolves on the next macrotask (lets the browser paint and handle input). */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface LoopOptions {
  steps: number;
  signal?: AbortSignal;
  /** one unit of work; may be async (e.g. awaits a metric every N steps) */
  step: (i: number) => void | Promise<void>;
  /** called after each step with the fraction done (0..1] */
  onProgress?: (fraction: number, i: number) => void;
  /** yield to the browser after this many milliseconds of work (default 30) */
  chunkMs?: number;
}

export async function runLoop({ steps, signal, step, onProgress, chunkMs = 30 }: LoopOptions): Promise<void> {
  let chunkStart = performance.now();
  for (let i = 0; i < steps; i++) {
    throwIfAborted(signal);
    await step(i);
    onProgress?.((i + 1) / steps, i);
    if (performance.now() - chunkStart > chunkMs) {
      await yieldToBrowser();
      chunkStart = performance.now();
    }
  }
  throwIfAborted(signal);
}
