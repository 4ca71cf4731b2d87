import { LECTURE, expect, numTensors, openDemo, runDemo, settle, test } from './fixtures';

// Smoke tier, but for the sweeps and the WebGL runs marked @full (npm run test:full): the 1,000-digit paper
// effect, and a whole run on software WebGL.
// ?quick=1 is the documented small workload for tests (the sweep uses 200 digits instead of
// 1,000); the playground is the same either way.
for (const backend of ['cpu', 'webgl'] as const) {
  // WebGL runs belong to the full tier (software WebGL here is slow); cpu stays in the smoke tier
  test(`${backend === 'webgl' ? '@full ' : ''}FGSM playground on ${backend}: ε = 0.3 flips a clean digit; no tensors left after three runs`, async ({ page, watch }) => {
    await page.goto(`${LECTURE}?backend=${backend}&quick=1`);
    const demo = await openDemo(page, 'fgsm');
    await expect(demo).toHaveAttribute('data-backend', backend);
    await expect(demo).toHaveAttribute('data-state', 'done'); // the first attack runs on load
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as { __course: { backend(): string } }).__course.backend())).toBe(backend);
    const start = await numTensors(page);

    // Find the first test digit the model gets right, then attack it at ε = 0.3.
    const eps = demo.locator('[data-control="eps"]');
    await eps.fill('0.3');
    let flipped = false;
    for (let digit = 0; digit < 5 && !flipped; digit++) {
      await demo.getByRole('spinbutton').fill(String(digit));
      await expect(demo).toHaveAttribute('data-metric-eps', '0.3');
      await expect(demo).toHaveAttribute('data-state', 'done');
      await page.waitForTimeout(300);
      await expect(demo).toHaveAttribute('data-state', 'done');
      const clean = await demo.getAttribute('data-metric-pred-clean');
      const label = await demo.locator('.fgsm-panels figcaption').first().innerText();
      if (!label.endsWith(` ${clean})`)) continue; // misclassified before the attack: not a clean digit
      flipped = (await demo.getAttribute('data-metric-pred-adv')) !== clean;
    }
    expect(flipped, 'an attack at ε = 0.3 flips a correctly classified digit').toBe(true);
    const conf = Number(await demo.getAttribute('data-metric-conf-adv'));
    expect(conf).toBeGreaterThan(0);
    expect(conf).toBeLessThanOrEqual(1);

    for (let i = 0; i < 3; i++) await runDemo(page, 'fgsm');
    expect(await numTensors(page)).toBe(start);
    void watch;
  });
}

test('targeted mode reaches the chosen class', async ({ page, watch }) => {
  await page.goto(`${LECTURE}?backend=cpu#fgsm.mode=targeted&fgsm.target=3&fgsm.eps=0.3&fgsm.digit=1`);
  const demo = await openDemo(page, 'fgsm');
  await expect(demo).toHaveAttribute('data-state', 'done');
  await expect(demo).toHaveAttribute('data-metric-pred-adv', '3');
  void watch;
});

test('@full accuracy vs ε, full 1,000-digit sweep on WASM: ≥ 97% clean, ≤ 30% at ε = 0.25', async ({ page, watch }) => {
  await page.goto(`${LECTURE}?backend=wasm`);
  await openDemo(page, 'fgsm-sweep');
  await settle(page);
  const start = await numTensors(page);
  const demo = await runDemo(page, 'fgsm-sweep');
  expect(Number(await demo.getAttribute('data-metric-digits'))).toBe(1000);
  expect(Number(await demo.getAttribute('data-metric-acc-clean'))).toBeGreaterThanOrEqual(0.97);
  expect(Number(await demo.getAttribute('data-metric-acc-eps25'))).toBeLessThanOrEqual(0.3);
  await expect(demo.locator('.line-chart .series.ours circle')).toHaveCount(11 + 1);
  // the control: at a small ε, random noise of the same size hurts far less than the attack
  expect(Number(await demo.getAttribute('data-metric-acc-random-eps10'))).toBeGreaterThan(Number(await demo.getAttribute('data-metric-acc-eps10')) + 0.1);
  // the model trained on random noise shrugs it off, yet FGSM still breaks it (Goodfellow et al.)
  await demo.getByLabel('CNN trained with random-noise augmentation').check();
  await expect(demo).not.toHaveAttribute('data-metric-acc-clean', /.*/); // another model: old numbers are void
  await expect(demo).toHaveAttribute('data-ready', 'true');
  await runDemo(page, 'fgsm-sweep');
  expect(Number(await demo.getAttribute('data-metric-acc-random-eps25'))).toBeGreaterThan(0.9);
  expect(Number(await demo.getAttribute('data-metric-acc-eps25'))).toBeLessThan(0.6);
  await demo.getByLabel('CNN, ordinary training').check();
  await expect(demo).toHaveAttribute('data-ready', 'true');
  await settle(page);
  expect(await numTensors(page)).toBe(start);
  void watch;
});

test('@full accuracy vs ε on WebGL (quick): stop mid-run, reset, run again, no leaks', async ({ page, watch }) => {
  await page.goto(`${LECTURE}?backend=webgl&quick=1`);
  const demo = await openDemo(page, 'fgsm-sweep');
  await settle(page);
  const start = await numTensors(page);
  await demo.locator('[data-action="run"]').click();
  await expect(demo).toHaveAttribute('data-state', 'running');
  await expect(demo.locator('progress')).toBeVisible();
  await demo.locator('[data-action="stop"]').click();
  await expect(demo).toHaveAttribute('data-state', 'idle');
  await demo.locator('[data-action="reset"]').click();
  await runDemo(page, 'fgsm-sweep');
  expect(Number(await demo.getAttribute('data-metric-acc-clean'))).toBeGreaterThanOrEqual(0.95);
  expect(await numTensors(page)).toBe(start);
  void watch;
});

test.describe('bad input gets a clear message', () => {
  test('unknown backend, absurd seed, out-of-range ε and a malformed hash', async ({ page, watch }) => {
    await page.goto(`${LECTURE}?backend=nonsense&seed=-1e309#fgsm.eps=5&fgsm.digit=abc`);
    const demo = await openDemo(page, 'fgsm');
    await expect(demo.locator('.demo-notice', { hasText: 'nonsense' })).toBeVisible();
    await expect(demo.locator('.demo-notice', { hasText: '-1e309' })).toBeVisible();
    await expect(demo.locator('.demo-notice', { hasText: 'outside [0, 0.5]' })).toBeVisible();
    await expect(demo.locator('.demo-notice', { hasText: 'abc' })).toBeVisible();
    await expect(demo).toHaveAttribute('data-state', 'done');
    await expect(demo).toHaveAttribute('data-metric-eps', '0.5');
    await page.goto(`${LECTURE}?backend=cpu#%E0%A4%A`);
    const again = await openDemo(page, 'fgsm');
    await expect(again.locator('.demo-notice')).toContainText('could not be read');
    void watch;
  });

  test('an empty drawing asks for a digit', async ({ page, watch }) => {
    await page.goto(`${LECTURE}?backend=cpu`);
    const demo = await openDemo(page, 'fgsm');
    await demo.getByLabel('my drawing').check();
    await demo.locator('[data-action="run"]').click();
    await expect(demo.locator('.demo-message')).toContainText('draw a digit first');
    // draw a stroke: the message goes and the attack runs on the drawing
    const pad = demo.locator('canvas.draw-pad');
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.8, { steps: 8 });
    await page.mouse.up();
    await expect(demo.locator('.demo-message')).toHaveCount(0);
    await expect(demo).toHaveAttribute('data-state', 'done');
    void watch;
  });

  test('a backend that fails to start says so, and another backend works', async ({ page, watch }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'gpu', { value: undefined }));
    await page.goto(`${LECTURE}?backend=webgpu`);
    const demo = page.locator('[data-demo="fgsm"]');
    await demo.scrollIntoViewIfNeeded();
    await expect(demo).toHaveAttribute('data-state', 'error', { timeout: 60_000 });
    await expect(demo.locator('.demo-error')).toContainText('No compute backend works');
    await demo.getByLabel('Switch compute backend').selectOption('wasm');
    await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await expect(demo).toHaveAttribute('data-backend', 'wasm');
    void watch;
  });
});

test('@full a WebGL context lost mid-run ends in a clear message, and the demo works again on another backend', async ({ page, watch }) => {
  await page.goto(`${LECTURE}?backend=webgl&quick=1`);
  const demo = await openDemo(page, 'fgsm-sweep');
  await demo.locator('[data-action="run"]').click();
  await expect(demo).toHaveAttribute('data-state', 'running');
  expect(await page.evaluate(() => (window as unknown as { __course: { loseContext(): boolean } }).__course.loseContext())).toBe(true);
  await expect(demo).toHaveAttribute('data-state', 'error');
  await expect(demo.locator('.demo-error')).toContainText('WebGL context was lost');
  await demo.getByLabel('Switch compute backend').selectOption('wasm');
  await expect(demo).toHaveAttribute('data-ready', 'true');
  await expect(demo).toHaveAttribute('data-backend', 'wasm');
  await runDemo(page, 'fgsm-sweep');
  expect(Number(await demo.getAttribute('data-metric-acc-clean'))).toBeGreaterThan(0.9);
  void watch;
});
