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

/**
 * Pausing: presenter mode pauses a running demo when its slide is left and resumes it when the
 * slide returns. The run keeps its tensors and simply waits at its next yield point; a pause is
 * keyed by the run's AbortSignal, so the maths needs no extra parameter, and an abort always
 * ends the wait.
 */
const paused = new WeakMap<AbortSignal, (() => void)[]>();

export function pauseRun(signal: AbortSignal) {
  if (!paused.has(signal)) paused.set(signal, []);
}

export function resumeRun(signal: AbortSignal) {
  const waiters = paused.get(signal);
  paused.delete(signal);
  waiters?.forEach((w) => w());
}

export const isPaused = (signal: AbortSignal) => paused.has(signal);

function whilePaused(signal: AbortSignal): Promise<void> | undefined {
  const waiters = paused.get(signal);
  if (!waiters || signal.aborted) return undefined;
  return new Promise((resolve) => {
    waiters.push(resolve);
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * Resolves on the next macrotask (lets the browser paint and handle input); with the run's
 * signal, it also waits here while the run is paused.
 */
export async function yieldToBrowser(signal?: AbortSignal): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal) await whilePaused(signal);
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
      await yieldToBrowser(signal);
      chunkStart = performance.now();
    }
  }
  throwIfAborted(signal);
}

/**
 * A read-back that Stop does not have to wait for: on a GPU, data() resolves only when all the
 * epoch's queued work is done; an abort rejects at once (the tensor is disposed by the caller,
 * and the backend frees it when the pending read ends).
 */
export function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new AbortedError());
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e) => { signal.removeEventListener('abort', onAbort); reject(e); },
    );
  });
}
