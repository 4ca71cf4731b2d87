/**
 * The page's one link to the TF.js runtime, shared by every demo frame: the runtime module (loaded
 * on first need, never in first-load JavaScript), the backend the link forced, the page-wide
 * backend switch, the `window.__course` handle tests read, and plain-words error kinds.
 */
import type { BackendName } from '@/demos/runtime/params';
import { loseContext } from './browser';

export type Runtime = typeof import('@/demos/runtime/backend');
export type ErrorKind = 'loadFailed' | 'noBackend' | 'contextLost' | 'generic';

export const link: {
  runtime: Runtime | null;
  /** undefined: not read from the URL yet; null: auto */
  forced: BackendName | null | undefined;
} = { runtime: null, forced: undefined };

/** A backend switch anywhere on the page applies to every demo on it. */
export const BACKEND_EVENT = 'course:backend';

export async function loadRuntime(): Promise<Runtime> {
  link.runtime ??= await import('@/demos/runtime/backend');
  return link.runtime;
}

/** What browser tests read: live tensors, the backend, and a way to lose the WebGL context. */
export function installCourseGlobal() {
  const w = window as unknown as { __course?: object };
  w.__course ??= {
    numTensors: () => link.runtime?.numTensors() ?? 0,
    backend: () => (link.runtime ? link.runtime.activeBackend() : null),
    loseContext: () => loseContext(link.runtime?.webglContext() ?? null),
  };
}

export function classify(e: unknown): { kind: ErrorKind; detail: string } {
  const err = e instanceof Error ? e : new Error(String(e));
  if (err.name === 'NoBackendError') return { kind: 'noBackend', detail: err.message.replace(/^no backend could run this demo: /, '') };
  if (err.name === 'LoadError' || /fetch|model\.json|Request to .* failed/i.test(err.message)) return { kind: 'loadFailed', detail: err.message };
  if (/context.*lost|CONTEXT_LOST/i.test(err.message)) return { kind: 'contextLost', detail: err.message };
  return { kind: 'generic', detail: err.message };
}
