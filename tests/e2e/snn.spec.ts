/**
 * The LIF demo's browser-only part: a current drawn with the mouse drives the neuron. Drawing a
 * strong current over the whole window must make it fire faster than the starting trace does.
 */
import { expect, openDemo, settle, test } from './fixtures';

test('lif-neuron: a drawn current drives the neuron', async ({ page, watch }) => {
  await page.goto('/en/lectures/spiking-neural-networks/?backend=wasm&quick=1#lif-neuron.input=drawn');
  const demo = await openDemo(page, 'lif-neuron');
  await settle(page);
  const before = Number(await demo.getAttribute('data-metric-rate'));
  expect(Number.isFinite(before)).toBe(true);
  // drag along the top of the pad: about 5 nA everywhere, far above the 1.5 nA rheobase
  const box = (await demo.locator('svg.lif-current').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.09, box.y + box.height * 0.1);
  await page.mouse.down();
  for (let i = 0; i <= 60; i++) await page.mouse.move(box.x + box.width * (0.09 + (0.9 * i) / 60), box.y + box.height * 0.1);
  await page.mouse.up();
  await settle(page);
  await expect.poll(async () => Number(await demo.getAttribute('data-metric-rate'))).toBeGreaterThan(Math.max(before, 100));
  void watch;
});

test('snn-train @full: the default run on WASM reaches 0.90, and how long it takes', async ({ page, watch }) => {
  test.setTimeout(600_000);
  await page.goto('/en/lectures/spiking-neural-networks/?backend=wasm');
  const demo = await openDemo(page, 'snn-train');
  await settle(page);
  await demo.locator('[data-action="run"]').click();
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 540_000 });
  const m: Record<string, number> = {};
  for (const k of ['test-acc', 'spikes-per-image', 'ms-first', 'ms-headline']) m[k] = Number(await demo.getAttribute(`data-metric-${k}`));
  console.log('snn-train default run', JSON.stringify(m));
  expect(m['test-acc']).toBeGreaterThanOrEqual(0.9);
  void watch;
});
