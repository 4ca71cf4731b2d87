import { axe, expect, openDemo, runDemo, settle, steadyTensors, test } from './fixtures';

const PAGE = '/en/lectures/interpretability/';
const metric = async (demo: import('@playwright/test').Locator, name: string) => Number(await demo.getAttribute(`data-metric-${name}`));

// What only a browser checks: the controls, the drawing pad, and each paper's effect on the quick
// workload. Loading, finite metrics, leaks over run/stop/reset/run and notices for hostile links
// are the generated contract test's (contract.spec.ts).
// Smoke tier on WASM; the same on software WebGL, and the full-size CAM measurement, are @full.
// ?quick=1 is the documented small workload for tests: 30 ascent steps instead of 200, 100
// cluttered canvases instead of 500, 300 digits dissected instead of 2,000.
for (const backend of ['wasm', 'webgl'] as const) {
  const tier = backend === 'webgl' ? '@full ' : '';
  test.describe(`interpretability on ${backend}`, () => {
    test(`${tier}activation maximisation: every class image ends up scored as its class; λ and blur rerun and go into the link`, async ({ page, watch }) => {
      await page.goto(`${PAGE}?backend=${backend}&quick=1`);
      const demo = await openDemo(page, 'activation-max');
      await expect(demo).toHaveAttribute('data-backend', backend);
      await settle(page);
      const start = await steadyTensors(page);
      await runDemo(page, 'activation-max');
      expect(await metric(demo, 'steps')).toBe(30);
      // starting from faint noise (≈ 10% per class), ascent makes the network sure of each image
      expect(await metric(demo, 'mean-prob')).toBeGreaterThan(0.5);
      await expect(demo.locator('.class-grid').first().locator('canvas')).toHaveCount(10);
      await demo.locator('[data-control="lambda"]').fill('0.15');
      await demo.locator('[data-control="blur"]').uncheck();
      await runDemo(page, 'activation-max');
      await expect(demo).toHaveAttribute('data-metric-lambda', '0.15');
      await expect(page).toHaveURL(/activation-max\.lambda=0\.15/);
      await expect(page).toHaveURL(/activation-max\.blur=0/);
      expect(await steadyTensors(page)).toBe(start);
      void watch;
    });

    test(`${tier}CAM: another class moves the map; the predicted class's peak lands in the digit's box ≥ 85%`, async ({ page, watch }) => {
      await page.goto(`${PAGE}?backend=${backend}&quick=1`);
      const demo = await openDemo(page, 'cam');
      await settle(page);
      await expect(demo.locator('.cam-parts canvas')).not.toHaveCount(0);
      const start = await steadyTensors(page);
      await demo.locator('[data-control="class-3"]').check();
      await expect(demo.locator('.cam-panels figcaption').nth(1)).toContainText('class 3');
      await demo.getByRole('button', { name: 'next canvas' }).click();
      await expect(demo.getByRole('spinbutton')).toHaveValue('1');
      await expect(page).toHaveURL(/cam\.image=1/);
      await runDemo(page, 'cam');
      expect(await metric(demo, 'images')).toBe(100);
      expect(await metric(demo, 'localization')).toBeGreaterThanOrEqual(0.85);
      expect(await metric(demo, 'accuracy')).toBeGreaterThanOrEqual(0.6); // 10% is chance; clutter overlaps some digits
      await expect(demo.locator('.cam-measure .verdict')).toContainText('%');
      await settle(page);
      expect(await steadyTensors(page)).toBe(start);
      void watch;
    });

    test(`${tier}dissection: class selectivity rises with depth; a channel shows its top patches; no leaks`, async ({ page, watch }) => {
      await page.goto(`${PAGE}?backend=${backend}&quick=1`);
      const demo = await openDemo(page, 'dissection');
      await settle(page);
      const start = await steadyTensors(page);
      await runDemo(page, 'dissection');
      expect(await metric(demo, 'images')).toBe(300);
      const conv1 = await metric(demo, 'selectivity-conv1');
      const features = await metric(demo, 'selectivity-features');
      expect(conv1).toBeGreaterThan(0.1);
      expect(features).toBeGreaterThan(conv1);
      await expect(demo.locator('.unit-grid .unit')).toHaveCount(24);
      await demo.locator('[data-control="layer-features"]').check();
      await expect(demo.locator('.unit-grid .unit')).toHaveCount(96);
      await demo.locator('.unit-grid [data-channel="5"]').click();
      await expect(demo.locator('.unit-detail .row-label')).toContainText('channel 5');
      await expect(demo.locator('.patch-grid canvas')).toHaveCount(9);
      await settle(page);
      expect(await steadyTensors(page)).toBe(start);
      void watch;
    });

    test(`${tier}LRP: relevance explains the score, ε absorbs more of it as it grows; empty drawing gets a message`, async ({ page, watch }) => {
      await page.goto(`${PAGE}?backend=${backend}&quick=1`);
      const demo = await openDemo(page, 'lrp');
      await expect(demo).toHaveAttribute('data-state', 'done'); // explains test digit 0 on load
      await settle(page);
      const start = await steadyTensors(page);
      await demo.locator('[data-control="eps"]').fill('0');
      await expect(demo).toHaveAttribute('data-metric-eps', '0.000001');
      await expect(page).toHaveURL(/lrp\.eps=0/);
      const small = await metric(demo, 'conservation');
      expect(small).toBeGreaterThan(0.5);
      expect(small).toBeLessThan(1.5);
      await demo.locator('[data-control="eps"]').fill('5');
      await expect(demo).toHaveAttribute('data-metric-eps', '5');
      expect(await metric(demo, 'conservation')).toBeLessThan(small);
      // f_c, then the input of each of the 7 layers down to the pixels
      await expect(demo.locator('table.conservation tbody tr')).toHaveCount(8);
      // an empty drawing is refused with a message, and a stroke is explained
      await demo.getByLabel('my drawing').check();
      await expect(demo.getByRole('alert')).toContainText('empty');
      const pad = demo.locator('canvas.draw-pad');
      const box = (await pad.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.85, { steps: 8 });
      await page.mouse.up();
      await expect(demo.getByRole('alert')).toHaveCount(0);
      await expect(demo).toHaveAttribute('data-state', 'done');
      await settle(page);
      expect(await steadyTensors(page)).toBe(start);
      void watch;
    });
  });
}

test('@full CAM, full measurement on WASM: 500 held-out canvases, localisation ≥ 85%; the page passes axe', async ({ page, watch }) => {
  await page.goto(`${PAGE}?backend=wasm`);
  const demo = await openDemo(page, 'cam');
  await settle(page);
  await runDemo(page, 'cam');
  expect(await metric(demo, 'images')).toBe(500);
  expect(await metric(demo, 'localization')).toBeGreaterThanOrEqual(0.85);
  for (const id of ['activation-max', 'dissection']) {
    await openDemo(page, id);
    await runDemo(page, id);
  }
  await openDemo(page, 'lrp');
  await settle(page);
  const bad = await axe(page);
  expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
  void watch;
});

// beyond the contract's notices: what the views then show (the schema's clamping is unit-tested)
test('a hostile link: CAM falls back to the quick run\'s last canvas, LRP to ε = 0.01', async ({ page, watch }) => {
  await page.goto(`${PAGE}?backend=wasm&quick=1#cam.image=99999&lrp.eps=abc`);
  const cam = await openDemo(page, 'cam');
  await expect(cam.getByRole('spinbutton')).toHaveValue('99');
  const lrp = await openDemo(page, 'lrp');
  await expect(lrp).toHaveAttribute('data-state', 'done');
  await expect(lrp).toHaveAttribute('data-metric-eps', '0.01');
  void watch;
});
