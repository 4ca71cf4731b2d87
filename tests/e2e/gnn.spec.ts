/**
 * What only a browser can check on the graph-neural-network page; the generated contract test
 * (contract.spec.ts) already loads every demo, runs its quick workload on WASM, checks finite
 * metrics and steady tensors, and sends hostile links built from the param schemas.
 * Smoke (WASM, ?quick=1): clicking and keyboard on the explorer and the karate club, what the
 * quick runs draw, and the karate club's labels link (no schema, so not in the contract test).
 * @full: the same runs on WebGL (other propagation form), and the 10,000-node run on WASM.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openDemo, runDemo, settle, steadyTensors, test } from './fixtures';

const PAGE = '/en/lectures/graph-neural-networks/';
const metric = async (demo: Locator, name: string) => Number(await demo.getAttribute(`data-metric-${name}`));

// ?quick=1 is the documented small workload for tests: karate 100 epochs instead of 300; graph
// classification 200 + 100 graphs for 8 epochs instead of 600 + 200 for 20; the scale demo on
// 1,000 nodes for 20 epochs with a 1,000-node sweep, instead of 10,000 nodes for 200 epochs.

test('message passing: mean smooths neighbours over three layers; click and keyboard select a node', async ({ page, watch }) => {
  await page.goto(`${PAGE}?backend=wasm&quick=1`);
  const demo = await openDemo(page, 'message-passing');
  await runDemo(page, 'message-passing');
  expect(await metric(demo, 'layer')).toBe(3);
  // over-smoothing: under mean, neighbours end closer than they started
  expect(await metric(demo, 'spread')).toBeLessThan(await metric(demo, 'spread-0'));
  await demo.locator('[data-node="9"]').focus();
  await page.keyboard.press('Enter');
  await expect(demo.locator('[data-node="9"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/message-passing\.node=9/);
  await demo.locator('[data-node="4"]').click();
  await expect(demo.locator('[data-node="4"]')).toHaveAttribute('aria-pressed', 'true');
  void watch;
});

async function karate(page: Page, backend: string) {
  await page.goto(`${PAGE}?backend=${backend}&quick=1`);
  const demo = await openDemo(page, 'gcn-karate');
  await expect(demo).toHaveAttribute('data-backend', backend);
  await settle(page);
  const start = await steadyTensors(page);
  await runDemo(page, 'gcn-karate');
  expect(await metric(demo, 'accuracy')).toBeGreaterThanOrEqual(0.9);
  expect(await metric(demo, 'labelled')).toBe(2);
  await expect(demo.locator('.karate-node')).toHaveCount(34);
  // take Mr. Hi's only label away: no training, a message instead
  await demo.locator('[data-member="0"]').click();
  await expect(demo.getByRole('alert')).toContainText('at least one labelled member');
  await expect(page).toHaveURL(/gcn-karate\.labels=33/);
  await settle(page);
  // give it back by keyboard: the refit runs
  await demo.locator('[data-member="0"]').focus();
  await page.keyboard.press('Enter');
  await expect(demo.getByRole('alert')).toHaveCount(0);
  await expect(demo).toHaveAttribute('data-state', 'running');
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
  expect(await metric(demo, 'accuracy')).toBeGreaterThanOrEqual(0.9);
  await settle(page);
  expect(await steadyTensors(page)).toBe(start);
}

test('karate club: ≥ 90% of the unlabelled members from one label per faction; no label, a clear message', async ({ page, watch }) => {
  await karate(page, 'wasm');
  void watch;
});

test('karate club on webgl @full', async ({ page, watch }) => {
  await karate(page, 'webgl');
  void watch;
});

test('a bad karate labels link gets a notice and the faction message, not a crash', async ({ page, watch }) => {
  await page.goto(`${PAGE}?backend=wasm&quick=1#gcn-karate.labels=0,99,abc`);
  const demo = await openDemo(page, 'gcn-karate');
  await expect(demo.locator('.demo-notice[role="note"]')).toContainText('could not be read');
  // only member 0 survives the link: the Officer's faction has no label
  await expect(demo.locator('[data-member="0"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(demo.getByRole('alert')).toContainText('at least one labelled member');
  await settle(page);
  void watch;
});

async function graphsAndScale(page: Page, backend: string) {
  await page.goto(`${PAGE}?backend=${backend}&quick=1`);
  const gc = await openDemo(page, 'graph-classification');
  // one test graph per family, drawn before any run
  await expect(gc.locator('.gc-gallery:not(.gc-wrong) figure')).toHaveCount(4);
  await settle(page);
  const start = await steadyTensors(page);
  await runDemo(page, 'graph-classification', 300_000);
  expect(await metric(gc, 'accuracy')).toBeGreaterThan(0.7);
  await expect(gc.locator('.gc-wrong figure, .gc-none-wrong').first()).toBeVisible();
  await settle(page);
  expect(await steadyTensors(page)).toBe(start);

  const scale = await openDemo(page, 'gcn-scale');
  await runDemo(page, 'gcn-scale', 300_000);
  expect(await metric(scale, 'nodes')).toBe(1000);
  expect(await metric(scale, 'edges')).toBeGreaterThan(8000);
  expect(await metric(scale, 'epoch-ms')).toBeGreaterThan(0);
  expect(await metric(scale, 'accuracy')).toBeGreaterThan(await metric(scale, 'accuracy-no-graph'));
  await expect(scale.locator('.sweep-rows li')).toHaveCount(3);
  await settle(page);
  expect(await steadyTensors(page)).toBe(start);
}

test('graph classification draws its gallery and mistakes; the scale demo beats no graph and draws its sweep', async ({ page, watch }) => {
  test.setTimeout(360_000);
  await graphsAndScale(page, 'wasm');
  void watch;
});

test('graph classification and the scale demo on webgl run through and leak nothing @full', async ({ page, watch }) => {
  test.setTimeout(360_000);
  await graphsAndScale(page, 'webgl');
  void watch;
});

test('the full scale run on WASM: 10,000 nodes, ~100,000 edges, timed epochs, and the edge sweep @full', async ({ page, watch }) => {
  test.setTimeout(300_000);
  await page.goto(`${PAGE}?backend=wasm#gcn-scale.nodes=10000`);
  const demo = await openDemo(page, 'gcn-scale');
  await runDemo(page, 'gcn-scale', 280_000);
  expect(await metric(demo, 'nodes')).toBe(10000);
  expect(await metric(demo, 'edges')).toBeGreaterThan(95_000);
  expect(await metric(demo, 'accuracy')).toBeGreaterThan(0.85);
  expect(await metric(demo, 'accuracy')).toBeGreaterThan(await metric(demo, 'accuracy-no-graph') + 0.3);
  await expect(demo.locator('.sweep-rows li')).toHaveCount(4);
  void watch;
});
