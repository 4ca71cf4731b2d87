/**
 * Offline use (public/sw.js): what the student opened keeps working with the network cut, a first
 * visit downloads no more than the page needs (the worker no longer precaches the course), and
 * "Save for offline" fetches a lecture that was never opened.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LECTURE, expect, openDemo, runDemo, test } from './fixtures';

const cached = (page: import('@playwright/test').Page) => page.evaluate(async () => {
  const c = await caches.open('course-files');
  return (await c.keys()).map((r) => new URL(r.url).pathname);
});

test('what the student opened and ran works with the network cut', async ({ page, context }) => {
  // the quick workload: what is under test is the files the run needs, not the size of the run
  await page.goto(`${LECTURE}?backend=wasm&quick=1`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // the page hands the worker what it loaded before the worker took control
  await expect.poll(async () => (await cached(page)).includes('/en/lectures/adversarial-robustness/'), { timeout: 60_000 }).toBe(true);
  await page.reload();
  await openDemo(page, 'fgsm-sweep');
  await runDemo(page, 'fgsm-sweep');
  await page.goto('/zh/lectures/adversarial-robustness/?backend=wasm&quick=1');
  await openDemo(page, 'fgsm-sweep');
  await page.goto('/en/');

  await context.setOffline(true);
  await page.goto('/zh/lectures/adversarial-robustness/?backend=wasm&quick=1');
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.locator('.katex').count()).toBeGreaterThan(10);
  await openDemo(page, 'fgsm-sweep');
  const demo = await runDemo(page, 'fgsm-sweep');
  expect(Number(await demo.getAttribute('data-metric-acc-clean'))).toBeGreaterThan(0.9);
  await page.goto('/en/');
  await expect(page.locator('.six-ws li')).toHaveCount(6);
  await context.setOffline(false);
});

test('"save this lecture" makes a lecture that was never opened work offline, its size shown first', async ({ page, context }) => {
  await page.goto('/en/lectures/interpretability/');
  const save = page.locator('[data-action="save-lecture"]');
  await expect(save).toBeEnabled();
  await expect(save).toContainText(/\d+(\.\d)? MB/);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await save.click();
  await expect(page.locator('.offline-save')).toHaveAttribute('data-offline-state', 'saved', { timeout: 120_000 });
  await context.setOffline(true);
  await page.goto('/zh/lectures/interpretability/present/');
  await expect(page.locator('body')).not.toBeEmpty();
  await page.goto('/zh/lectures/interpretability/');
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.locator('.katex').count()).toBeGreaterThan(5);
  await context.setOffline(false);
});

test('a first visit to a lecture transfers at most 1 MB, service worker included', async ({ page, baseURL }) => {
  // a counting proxy in front of the test server: it sees every byte the page and its worker fetch
  let bytes = 0;
  const target = new URL(baseURL!);
  const proxy = createServer((req, res) => {
    const up = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.on('data', (c: Buffer) => { bytes += c.length; });
      r.pipe(res);
    });
    req.pipe(up);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  try {
    await page.goto(`${origin}${LECTURE}`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('course-files')).keys()).length), { timeout: 60_000 }).toBeGreaterThan(3);
    await page.waitForTimeout(3000);
    console.log(`first visit to ${LECTURE}: ${(bytes / 1024).toFixed(0)} KB transferred (compressed), service worker included`);
    expect(bytes).toBeLessThan(1024 * 1024);
  } finally {
    proxy.close();
  }
});
