import { LECTURE, expect, openDemo, runDemo, test } from './fixtures';

test('after one visit the lecture and its demo work with the network cut', async ({ page, context }) => {
  await page.goto(`${LECTURE}?backend=wasm`);
  // wait for the service worker to finish precaching (it activates after install)
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state;
  });
  await expect.poll(() => page.evaluate(async () => {
    const keys = await caches.keys();
    if (!keys.length) return 0;
    return (await (await caches.open(keys[0])).keys()).length;
  }), { timeout: 120_000 }).toBeGreaterThan(20);

  await context.setOffline(true);
  await page.goto(`/zh/lectures/adversarial-robustness/?backend=wasm`);
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.locator('.katex').count()).toBeGreaterThan(10);
  await openDemo(page, 'fgsm-sweep');
  const demo = await runDemo(page, 'fgsm-sweep');
  expect(Number(await demo.getAttribute('data-metric-acc-clean'))).toBeGreaterThan(0.9);
  await page.goto('/en/');
  await expect(page.locator('.six-ws li')).toHaveCount(6);
  await context.setOffline(false);
});
