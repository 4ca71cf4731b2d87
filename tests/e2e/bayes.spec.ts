import { expect, openDemo, runDemo, settle, steadyTensors, test } from './fixtures';

const PAGE = '/en/lectures/bayesian-deep-learning/';
const metric = async (demo: import('@playwright/test').Locator, name: string) => Number(await demo.getAttribute(`data-metric-${name}`));

// What only a browser can check: clicking the chart, the buttons, the sliders, the drawing pad,
// and the topic's effect on the quick workload (?quick=1: 300 training steps instead of 2,000,
// 200 + 200 digits instead of 1,000 + 1,000; T = 50 either way). Loading, a quick run on WASM,
// finite metrics, steady tensors over run/stop/reset/run and hostile links are the generated
// contract test's (tests/e2e/contract.spec.ts). Smoke on WASM; the same on software WebGL,
// with its tensor counts, is full tier (@full), as is the full-size classification run.
for (const backend of ['wasm', 'webgl'] as const) {
  const tier = backend === 'webgl' ? ' @full' : '';
  test.describe(`Bayesian deep learning on ${backend}`, () => {
    test(`MC regression: the band is wider far from the data; p = 0 leaves no band; a click adds a point${tier}`, async ({ page, watch }) => {
      await page.goto(`${PAGE}?backend=${backend}&quick=1`);
      const demo = await openDemo(page, 'mc-regression');
      await expect(demo).toHaveAttribute('data-backend', backend);
      await expect(demo).toHaveAttribute('data-metric-steps', '300', { timeout: 120_000 }); // fits on load
      await settle(page);
      const start = backend === 'webgl' ? await steadyTensors(page) : 0;
      const inData = await metric(demo, 'std-data');
      expect(inData).toBeGreaterThan(0);
      // far from the data (|x| > 2) the band is clearly wider than on it
      expect(await metric(demo, 'std-far')).toBeGreaterThan(1.3 * inData);
      // no dropout: every pass is the same, no uncertainty at all
      await demo.locator('[data-control="p"]').fill('0');
      await expect(demo).toHaveAttribute('data-metric-p', '0');
      await expect(demo).toHaveAttribute('data-state', 'done');
      expect(await metric(demo, 'std-far')).toBe(0);
      // clicking the chart adds a training point, and the fit reruns
      await expect(demo.locator('circle.point')).toHaveCount(16);
      const box = (await demo.locator('svg.mc-chart').boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.85, box.y + box.height * 0.5);
      await expect(demo.locator('circle.point')).toHaveCount(17);
      await demo.locator('[data-action="add-gap"]').click();
      await expect(demo.locator('circle.point')).toHaveCount(20);
      // the refit starts after a 250 ms debounce: wait for it to start and finish
      await expect(demo).toHaveAttribute('data-state', 'running');
      await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
      if (backend === 'webgl') {
        await settle(page);
        expect(await steadyTensors(page)).toBe(start);
      }
      void watch;
    });

    test(`MC classification: rotating changes the entropy; OOD entropy is higher; the most certain half is more accurate${tier}`, async ({ page, watch }) => {
      await page.goto(`${PAGE}?backend=${backend}&quick=1`);
      const demo = await openDemo(page, 'mc-classify');
      await settle(page);
      await expect(demo.locator('.mc-probs')).toBeVisible();
      const start = backend === 'webgl' ? await steadyTensors(page) : 0;
      // a digit on its side is less certain than upright
      const upright = Number(await demo.locator('[data-entropy]').getAttribute('data-entropy'));
      await demo.locator('[data-control="angle"]').fill('90');
      await expect(demo.locator('.mc-one figcaption')).toContainText('90°');
      await expect.poll(async () => Number(await demo.locator('[data-entropy]').getAttribute('data-entropy'))).not.toBe(upright);
      await runDemo(page, 'mc-classify');
      expect(await metric(demo, 'digits')).toBe(200);
      const hTest = await metric(demo, 'entropy-test');
      const hOod = await metric(demo, 'entropy-ood');
      expect(hOod).toBeGreaterThan(2 * hTest);
      expect(await metric(demo, 'acc-all')).toBeGreaterThan(0.9);
      expect(await metric(demo, 'acc-certain50')).toBeGreaterThan(await metric(demo, 'acc-all'));
      await expect(demo.locator('.histogram rect')).toHaveCount(40);
      // the current input is marked on the histogram
      await expect(demo.locator('.histogram .current-input line')).toHaveCount(1);
      // an empty drawing is refused with a message
      await demo.getByLabel('my drawing').check();
      await expect(demo.getByRole('alert')).toContainText('empty');
      if (backend === 'webgl') {
        await settle(page);
        expect(await steadyTensors(page)).toBe(start);
      }
      void watch;
    });
  });
}

test('MC classification, full run on WASM: 1,000 + 1,000 inputs, T = 50 @full', async ({ page, watch }) => {
  await page.goto(`${PAGE}?backend=wasm`);
  const demo = await openDemo(page, 'mc-classify');
  await settle(page);
  await runDemo(page, 'mc-classify');
  expect(await metric(demo, 'digits')).toBe(1000);
  expect(await metric(demo, 'entropy-ood')).toBeGreaterThan(2 * await metric(demo, 'entropy-test'));
  expect(await metric(demo, 'acc-certain50')).toBeGreaterThan(await metric(demo, 'acc-all'));
  void watch;
});
