/** Colour maps shared by every image view: grey for pixels, a blue–white–red diverging map for signed values. */
export type Rgb = [number, number, number];

export const grey = (v: number): Rgb => {
  const g = Math.round(255 * (1 - Math.min(1, Math.max(0, v)))); // ink is dark on paper
  return [g, g, g];
};

/** v in [-1, 1]: −1 blue, 0 white, +1 red (RdBu, ColorBrewer end points). */
export const diverging = (v: number): Rgb => {
  const t = Math.min(1, Math.max(-1, v));
  const lo: Rgb = [33, 102, 172], hi: Rgb = [178, 24, 43], mid: Rgb = [247, 247, 247];
  const end = t < 0 ? lo : hi;
  const a = Math.abs(t);
  return [0, 1, 2].map((i) => Math.round(mid[i] + (end[i] - mid[i]) * a)) as Rgb;
};

/** v in [0, 1]: black → red → yellow → white ("hot"), for heat maps and activations. */
export const hot = (v: number): Rgb => {
  const t = Math.min(1, Math.max(0, v));
  return [Math.round(255 * Math.min(1, t * 2.5)), Math.round(255 * Math.min(1, Math.max(0, t * 2.5 - 1))), Math.round(255 * Math.max(0, t * 2.5 - 1.5) / 1)].map((c) => Math.min(255, c)) as Rgb;
};
