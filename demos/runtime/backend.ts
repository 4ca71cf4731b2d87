/**
 * Backend selection: WebGPU → WebGL → WASM → CPU. Each candidate must (1) be registered and
 * start, (2) have every kernel the demo needs, and (3) pass a smoke test: a small matMul and
 * conv whose result is checked against the known answer. The first that passes wins; each
 * failure is recorded so the page can say why it fell back.
 *
 * The decision logic (`chooseBackend`) is separate from TF.js (`tfProbe`) so a unit test can feed
 * it a backend that fails in any of those ways.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { BACKENDS, type BackendName } from './params';

export { KERNEL_NEEDS as KERNELS } from './kernels';

export interface BackendProbe {
  /** starts the backend and makes it current; false or throw = unavailable */
  activate(name: BackendName): Promise<boolean>;
  hasKernel(kernel: string, name: BackendName): boolean;
  /** resolves when a tiny computation on the current backend gives the right answer */
  smoke(name: BackendName): Promise<void>;
}

export interface Attempt {
  backend: BackendName;
  reason: string;
}

export interface Choice {
  backend: BackendName;
  /** candidates passed over, with the reason */
  skipped: Attempt[];
}

export class NoBackendError extends Error {
  constructor(public skipped: Attempt[]) {
    super(`no backend could run this demo: ${skipped.map((s) => `${s.backend} (${s.reason})`).join('; ')}`);
    this.name = 'NoBackendError';
  }
}

export async function chooseBackend(
  probe: BackendProbe,
  opts: { forced?: BackendName | null; needs?: readonly string[]; order?: readonly BackendName[] } = {},
): Promise<Choice> {
  const needs = opts.needs ?? [];
  const order = opts.forced ? [opts.forced] : (opts.order ?? BACKENDS);
  const skipped: Attempt[] = [];
  for (const name of order) {
    try {
      if (!(await probe.activate(name))) {
        skipped.push({ backend: name, reason: 'unavailable' });
        continue;
      }
      const missing = needs.filter((k) => !probe.hasKernel(k, name));
      if (missing.length) {
        skipped.push({ backend: name, reason: `lacks ${missing.join(', ')}` });
        continue;
      }
      await probe.smoke(name);
      return { backend: name, skipped };
    } catch (e) {
      skipped.push({ backend: name, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  throw new NoBackendError(skipped);
}

let webgpuImported: Promise<unknown> | null = null;

/** Whether a hardware WebGPU adapter exists: the page asks the browser (components/demo/browser.ts). */
export type WebGpuCheck = () => Promise<boolean>;
const noWebGpu: WebGpuCheck = async () => false;

/**
 * The real probe over TF.js. `allowSoftware` lets a forced backend run on a software GPU;
 * `hardwareWebGpu` says whether auto mode may try WebGPU (never, without a browser to ask).
 */
export function tfProbe({ allowSoftware = false, wasmPath = '/tfjs-wasm/', hardwareWebGpu = noWebGpu } = {}): BackendProbe {
  return {
    async activate(name) {
      if (name === 'webgpu') {
        if (!allowSoftware && !(await hardwareWebGpu())) throw new Error('no hardware WebGPU adapter');
        webgpuImported ??= import('@tensorflow/tfjs-backend-webgpu');
        await webgpuImported;
      }
      if (name === 'webgl') tf.env().set('SOFTWARE_WEBGL_ENABLED', allowSoftware);
      if (name === 'wasm') setWasmPaths(wasmPath);
      if (tf.findBackendFactory(name) == null) return false;
      return tf.setBackend(name);
    },
    hasKernel: (kernel, name) => tf.getKernel(kernel, name) != null,
    async smoke() {
      const out = tf.tidy(() => {
        const a = tf.tensor2d([1, 2, 3, 4], [2, 2]);
        const m = tf.matMul(a, a); // [[7, 10], [15, 22]]
        const img = tf.ones([1, 3, 3, 1]) as tf.Tensor4D;
        const c = tf.conv2d(img, tf.ones([3, 3, 1, 1]) as tf.Tensor4D, 1, 'valid'); // 9
        return tf.concat([m.reshape([4]), c.reshape([1])]);
      });
      const v = await out.data();
      out.dispose();
      const want = [7, 10, 15, 22, 9];
      if (!want.every((w, i) => Math.abs(v[i] - w) < 1e-3)) throw new Error(`smoke test gave [${Array.from(v).join(', ')}]`);
    },
  };
}

let current: Promise<Choice> | null = null;
let currentKey = '';

/**
 * Picks and starts the backend for a demo. Concurrent callers with the same request share one
 * selection; a demo whose needs the current backend cannot meet triggers a new selection.
 */
export function initBackend(
  opts: { forced?: BackendName | null; needs?: readonly string[]; wasmPath?: string; hardwareWebGpu?: WebGpuCheck } = {},
): Promise<Choice> {
  const key = `${opts.forced ?? 'auto'}|${(opts.needs ?? []).join(',')}`;
  if (current && key === currentKey) return current;
  currentKey = key;
  current = chooseBackend(tfProbe({ allowSoftware: opts.forced != null, wasmPath: opts.wasmPath, hardwareWebGpu: opts.hardwareWebGpu }), opts);
  current.catch(() => { current = null; });
  return current;
}

/** Forget the cached choice (after a lost context, or when the student picks another backend). */
export function resetBackendChoice() {
  current = null;
  currentKey = '';
}

export const activeBackend = () => tf.getBackend() as BackendName;
export const numTensors = () => tf.memory().numTensors;

/** The active WebGL backend's context, for the page to watch (null on any other backend). */
export function webglContext(): WebGLRenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  return (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl ?? null;
}

export { tf };
