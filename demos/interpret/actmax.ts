/**
 * Activation maximisation (Simonyan et al. 2014): the input a trained network scores highest for
 * class c, found by gradient ascent on the image itself,
 *   I* = argmax_I f_c(I) − λ‖I‖²,      I ← I + η (∇_I f_c(I) − 2λI),
 * with f_c the pre-softmax score. All classes are optimised at once, one image per class, in one
 * batch. Two regularisers from Yosinski et al. 2015 are switchable: jitter (roll the images a
 * pixel or two before each step and back after, so no single pixel pattern can carry the score)
 * and blur (a 3×3 Gaussian every few steps, which damps the high frequencies the plain objective
 * loves).
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, type MnistSet } from '../data/mnist';
import { mulberry32 } from '../runtime/rng';

export interface ActMaxOptions {
  /** weight of the L2 penalty λ */
  lambda: number;
  /** step size η */
  lr: number;
  /**
   * divide each image's gradient by its RMS before stepping (the step is then η pixels-ish, the
   * same for every class whatever the scale of its score). Fixed points are unchanged: the
   * objective's gradient is still zero there.
   */
  normalise: boolean;
  /** roll by up to ± this many pixels before each step (0: off) */
  jitter: number;
  /** blur every this many steps (0: off) */
  blurEvery: number;
  /** keep pixels in [0, 1], the range the model was trained on */
  clip: boolean;
  seed: number;
}

export const ACTMAX_DEFAULTS: ActMaxOptions = { lambda: 0.05, lr: 0.05, normalise: true, jitter: 1, blurEvery: 4, clip: true, seed: 1 };

/** The page's three controls as ascent options: λ, jitter ±1 px on or off, blur every 4 steps on or off. */
export function actMaxOptions(p: { lambda: number; jitter: boolean; blur: boolean }, seed: number): ActMaxOptions {
  return { ...ACTMAX_DEFAULTS, lambda: p.lambda, jitter: p.jitter ? 1 : 0, blurEvery: p.blur ? ACTMAX_DEFAULTS.blurEvery : 0, seed };
}

/** The digit classes, one image each, as the page and its bench optimise them. */
export const DIGIT_CLASSES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

export type ScoreFn = (x: tf.Tensor4D) => tf.Tensor2D;

/** Rolls every image of x by (dy, dx) pixels, wrapping around. */
export function roll(x: tf.Tensor4D, dy: number, dx: number): tf.Tensor4D {
  return tf.tidy(() => {
    const [, h, w] = x.shape;
    const sy = ((dy % h) + h) % h;
    const sx = ((dx % w) + w) % w;
    let y: tf.Tensor4D = x;
    if (sy) y = tf.concat([tf.slice(y, [0, h - sy, 0, 0], [-1, sy, -1, -1]), tf.slice(y, [0, 0, 0, 0], [-1, h - sy, -1, -1])], 1);
    if (sx) y = tf.concat([tf.slice(y, [0, 0, w - sx, 0], [-1, -1, sx, -1]), tf.slice(y, [0, 0, 0, 0], [-1, -1, w - sx, -1])], 2);
    return y === x ? tf.clone(x) : y;
  });
}

const GAUSS_3 = [1, 2, 1, 2, 4, 2, 1, 2, 1].map((v) => v / 16);

export interface ActMax {
  /** the images being optimised, [classes, H, W, 1] */
  images: tf.Variable<tf.Rank.R4>;
  /** one ascent step; no readback */
  step(): void;
  /** the objective f_c(I_c) − λ‖I_c‖² per image and the softmax probability of c, read back */
  read(): Promise<{ objective: Float32Array; score: Float32Array; prob: Float32Array }>;
  dispose(): void;
}

/**
 * Sets up ascent for `classes` (image b maximises classes[b]) on images of side `size`, starting
 * from faint seeded noise.
 */
export function createActMax(score: ScoreFn, classes: number[], size: number, opts: ActMaxOptions): ActMax {
  const n = classes.length;
  const rand = mulberry32(opts.seed);
  const start = Float32Array.from({ length: n * size * size }, () => 0.1 * rand());
  const init = tf.tensor4d(start, [n, size, size, 1]);
  const images = tf.variable(init, true) as tf.Variable<tf.Rank.R4>;
  init.dispose();
  const mask = tf.tidy(() => tf.oneHot(tf.tensor1d(classes, 'int32'), 10));
  const blurKernel = tf.tensor4d(GAUSS_3, [3, 3, 1, 1]);
  let t = 0;

  const objective = (x: tf.Tensor4D) => {
    const f = tf.sum(tf.mul(score(x), mask), 1);
    const penalty = tf.mul(tf.sum(tf.square(x), [1, 2, 3]), opts.lambda);
    return tf.sub(f, penalty); // per image
  };

  return {
    images,
    step() {
      t++;
      const next = tf.tidy(() => {
        const dy = opts.jitter ? Math.round((rand() * 2 - 1) * opts.jitter) : 0;
        const dx = opts.jitter ? Math.round((rand() * 2 - 1) * opts.jitter) : 0;
        const shifted = roll(images, dy, dx);
        // images are independent, so the gradient of the summed objective is each one's own
        let g = tf.grad((x: tf.Tensor) => tf.sum(objective(x as tf.Tensor4D)))(shifted) as tf.Tensor4D;
        if (opts.normalise) g = tf.div(g, tf.add(tf.sqrt(tf.mean(tf.square(g), [1, 2, 3], true)), 1e-8));
        let x = roll(tf.add(shifted, tf.mul(g, opts.lr)) as tf.Tensor4D, -dy, -dx);
        if (opts.blurEvery && t % opts.blurEvery === 0) x = tf.conv2d(x, blurKernel, 1, 'same');
        return opts.clip ? tf.clipByValue(x, 0, 1) : x;
      });
      images.assign(next as tf.Tensor4D);
      next.dispose();
    },
    async read() {
      const out = tf.tidy(() => {
        const s = score(images);
        const f = tf.sum(tf.mul(s, mask), 1);
        const obj = tf.sub(f, tf.mul(tf.sum(tf.square(images), [1, 2, 3]), opts.lambda));
        const p = tf.sum(tf.mul(tf.softmax(s), mask), 1);
        return tf.concat([obj, f, p]);
      });
      const v = await out.data() as Float32Array;
      out.dispose();
      return { objective: v.slice(0, n), score: v.slice(n, 2 * n), prob: v.slice(2 * n) };
    },
    dispose() {
      tf.dispose([images, mask, blurKernel]);
    },
  };
}

/** The images as they stand (one flat array per class) with `read`'s scores, read back together. */
export async function snapshot(am: ActMax): Promise<{ images: Float32Array[]; objective: Float32Array; score: Float32Array; prob: Float32Array }> {
  const [n, h, w] = am.images.shape;
  const [px, r] = await Promise.all([am.images.data(), am.read()]);
  const images = Array.from({ length: n }, (_, b) => (px as Float32Array).slice(b * h * w, (b + 1) * h * w));
  return { images, ...r };
}

/** The mean image of each digit class in `set`, pixels in [0, 1]: what the dreams are shown beside. */
export function classMeans(set: MnistSet): Float32Array[] {
  const sums = DIGIT_CLASSES.map(() => new Float32Array(IMAGE_PIXELS));
  const counts = new Array(10).fill(0);
  for (let i = 0; i < set.count; i++) {
    const c = set.labels[i];
    counts[c]++;
    for (let p = 0; p < IMAGE_PIXELS; p++) sums[c][p] += set.images[i * IMAGE_PIXELS + p] / 255;
  }
  return sums.map((s, c) => s.map((v) => v / Math.max(1, counts[c])));
}
