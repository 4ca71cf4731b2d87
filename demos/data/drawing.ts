/**
 * Turns a student's drawing into an MNIST-like 28×28 image, the way MNIST itself was made
 * (LeCun et al.): crop to the ink, scale the longer side to 20 px keeping the aspect ratio,
 * and place it in a 28×28 field so its centre of mass sits at the centre.
 */
import { IMAGE_SIZE } from './mnist';

/** `ink`: row-major values in [0, 1] (1 = ink), `w`×`h`. Returns null when there is no ink. */
export function drawingToMnist(ink: Float32Array, w: number, h: number, threshold = 0.05): Float32Array | null {
  let x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (ink[y * w + x] > threshold) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return null;
  const bw = x1 - x0 + 1, bh = y1 - y0 + 1;
  const scale = 20 / Math.max(bw, bh);
  const sw = Math.max(1, Math.round(bw * scale)), sh = Math.max(1, Math.round(bh * scale));

  // area-average downsampling of the box into sw×sh
  const small = new Float32Array(sw * sh);
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      const sx0 = x0 + x / scale, sx1 = x0 + (x + 1) / scale;
      const sy0 = y0 + y / scale, sy1 = y0 + (y + 1) / scale;
      let sum = 0, area = 0;
      for (let yy = Math.floor(sy0); yy < Math.ceil(sy1); yy++) {
        for (let xx = Math.floor(sx0); xx < Math.ceil(sx1); xx++) {
          const ov = (Math.min(xx + 1, sx1) - Math.max(xx, sx0)) * (Math.min(yy + 1, sy1) - Math.max(yy, sy0));
          if (ov > 0 && xx < w && yy < h) { sum += ink[yy * w + xx] * ov; area += ov; }
        }
      }
      small[y * sw + x] = area > 0 ? sum / area : 0;
    }
  }

  // centre of mass of the scaled digit
  let m = 0, cx = 0, cy = 0;
  for (let y = 0; y < sh; y++) for (let x = 0; x < sw; x++) { const v = small[y * sw + x]; m += v; cx += v * x; cy += v * y; }
  cx = m > 0 ? cx / m : sw / 2;
  cy = m > 0 ? cy / m : sh / 2;
  const ox = Math.round(IMAGE_SIZE / 2 - 0.5 - cx), oy = Math.round(IMAGE_SIZE / 2 - 0.5 - cy);

  const out = new Float32Array(IMAGE_SIZE * IMAGE_SIZE);
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      const tx = x + ox, ty = y + oy;
      if (tx >= 0 && tx < IMAGE_SIZE && ty >= 0 && ty < IMAGE_SIZE) out[ty * IMAGE_SIZE + tx] = Math.min(1, small[y * sw + x]);
    }
  }
  return out;
}
