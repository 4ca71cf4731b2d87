import type { Locator, Page } from '@playwright/test';
import { expect, openDemo, runDemo, settle, steadyTensors, test } from './fixtures';

const PAGE = '/en/lectures/few-shot-learning/';
const metric = async (demo: Locator, name: string) => Number(await demo.getAttribute(`data-metric-${name}`));

/** Draws a closed ring (or a cross) on the demo's pad with the mouse, like a student would. */
async function draw(page: Page, demo: Locator, shape: 'circle' | 'cross') {
  const pad = demo.locator('canvas.draw-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const at = (u: number, v: number) => [box.x + u * box.width, box.y + v * box.height] as const;
  const strokes: (readonly [number, number])[][] = shape === 'circle'
    ? [Array.from({ length: 25 }, (_, i) => at(0.5 + 0.3 * Math.cos((i / 24) * 2 * Math.PI), 0.5 + 0.3 * Math.sin((i / 24) * 2 * Math.PI)))]
    : [[at(0.2, 0.2), at(0.5, 0.5), at(0.8, 0.8)], [at(0.8, 0.2), at(0.5, 0.5), at(0.2, 0.8)]];
  for (const s of strokes) {
    await page.mouse.move(...s[0]);
    await page.mouse.down();
    for (const p of s.slice(1)) await page.mouse.move(...p, { steps: 3 });
    await page.mouse.up();
  }
}

// The own-symbols demo has no quick variant: a run is 150 steps of a linear head on a few dozen
// feature vectors, well under a second on any backend. Drawing and clicking are the browser's:
// smoke on WASM; the same on WebGL is full tier (the cpu backend's run is the contract test's).
for (const backend of ['wasm', 'webgl'] as const) {
  const tier = backend === 'wasm' ? '' : ' @full';
  test(`own symbols on ${backend}: an empty symbol gets a message; sample symbols train; a drawn ring is recognised${tier}`, async ({ page, watch }) => {
    await page.goto(`${PAGE}?backend=${backend}&quick=1`);
    const demo = await openDemo(page, 'own-symbols');
    await expect(demo).toHaveAttribute('data-backend', backend);
    await settle(page);
    const start = await steadyTensors(page);

    // nothing drawn yet: Run explains instead of training
    await runDemo(page, 'own-symbols');
    await expect(demo.getByRole('alert')).toContainText('has no example yet');
    // an empty pad cannot be added
    await demo.locator('[data-add="0"]').click();
    await expect(demo.getByRole('alert')).toContainText('The pad is empty');

    // the sample symbols (3 × ○ × △) retrain by themselves
    await demo.locator('[data-action="samples"]').click();
    await expect(demo).toHaveAttribute('data-metric-train-accuracy', /.+/, { timeout: 60_000 });
    await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    expect(await metric(demo, 'classes')).toBe(3);
    expect(await metric(demo, 'examples')).toBe(9);
    expect(await metric(demo, 'train-accuracy')).toBeGreaterThanOrEqual(0.9);

    // a ring drawn with the mouse is a ○, with its confidence
    await draw(page, demo, 'circle');
    await demo.locator('[data-action="classify"]').click();
    await expect(demo.locator('.symbol-result')).toHaveAttribute('data-prediction', '0');
    expect(await metric(demo, 'confidence')).toBeGreaterThan(0.5);
    await expect(demo.locator('.symbol-result .prob-bars li')).toHaveCount(3);

    // teach it a fourth symbol from the drawing: the new class gets one example and retrains
    await demo.locator('[data-action="add-symbol"]').click();
    await runDemo(page, 'own-symbols');
    await expect(demo.getByRole('alert')).toContainText('“D” has no example yet');
    await draw(page, demo, 'cross');
    await draw(page, demo, 'circle'); // a crossed ring: unlike any of the three
    await demo.locator('[data-add="3"]').click();
    await expect(demo.locator('[data-symbol="3"]')).toHaveAttribute('data-examples', '1');
    await expect(demo).toHaveAttribute('data-metric-examples', '10', { timeout: 60_000 });
    await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    expect(await metric(demo, 'classes')).toBe(4);

    await demo.getByRole('button', { name: 'Reset' }).click();
    await settle(page);
    expect(await steadyTensors(page)).toBe(start);
    void watch;
  });
}
