/**
 * The browser-only half of the runtime: what asks the browser (not TF.js) about the GPU, and what
 * listens to a WebGL canvas. demos/runtime/backend.ts stays free of DOM and navigator so Node
 * runs it; the frame passes these in.
 */

/** Software GPU adapters are far slower than WASM; auto mode passes them over. */
export async function hasHardwareWebGpu(): Promise<boolean> {
  const gpu = (globalThis.navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } })?.gpu;
  if (!gpu) return false;
  const adapter = (await gpu.requestAdapter()) as
    | { isFallbackAdapter?: boolean; info?: { isFallbackAdapter?: boolean; architecture?: string; vendor?: string } }
    | null;
  if (!adapter) return false;
  const info = adapter.info ?? {};
  const soft = adapter.isFallbackAdapter || info.isFallbackAdapter || /swiftshader/i.test(`${info.architecture} ${info.vendor}`);
  return !soft;
}

/**
 * Calls `onLost` if this WebGL context is lost (driver reset, too many contexts, or a test's
 * WEBGL_lose_context). Returns an unsubscribe function; a missing context watches nothing.
 */
export function watchContextLoss(gl: WebGLRenderingContext | null, onLost: () => void): () => void {
  const canvas = gl?.canvas as HTMLCanvasElement | undefined;
  if (!canvas || typeof canvas.addEventListener !== 'function') return () => {};
  const handler = (e: Event) => {
    e.preventDefault();
    onLost();
  };
  canvas.addEventListener('webglcontextlost', handler);
  return () => canvas.removeEventListener('webglcontextlost', handler);
}

/** For tests of context loss: makes this WebGL context lose itself. */
export function loseContext(gl: WebGLRenderingContext | null): boolean {
  const ext = gl?.getExtension('WEBGL_lose_context');
  ext?.loseContext();
  return !!ext;
}
