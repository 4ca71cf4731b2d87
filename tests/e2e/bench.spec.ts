import { expect, test } from './fixtures';

// Keeps `npm run bench` honest: the /bench page runs every registered workload (here one timed
// run of the quick set on WASM), reports a number for each, and leaves no tensors behind.
test('the bench page runs every workload and leaks nothing', async ({ page, watch }) => {
  await page.goto('/bench/?backend=wasm&reps=1&quick=1');
  await expect(page.locator('pre[data-bench-state="done"]')).toBeVisible({ timeout: 170_000 });
  const r = (await page.evaluate(() => (window as unknown as { __bench: unknown }).__bench)) as {
    backend: string; matMulGflops: number; numTensors: number; rows: { id: string; medianMs: number; items: number }[];
  };
  expect(r.backend).toBe('wasm');
  const items = Object.fromEntries(r.rows.map((x) => [x.id, x.items]));
  // every workload, at its quick size
  expect(items).toEqual({
    'fgsm/attack-one-digit': 1, 'fgsm/eps-sweep': 50,
    'interpret/activation-max': 30, 'interpret/cam-localisation': 100, 'interpret/dissection': 300, 'interpret/lrp': 1,
    'bayes/mc-regression-train': 300, 'bayes/mc-classify': 200,
    'gnn/karate-train': 50, 'gnn/graph-classification-epoch': 1, 'gnn/scale-epoch-1k': 1, 'gnn/scale-epoch-10k': 1,
    'fed/round-k10': 1, 'fed/round-k100': 1, 'fed/fedsgd-round-k100': 1, 'fed/round-topk': 1, 'fed/round-dp': 1,
    'fewshot/transfer-k5': 3, 'fewshot/symbols-head': 1, 'fewshot/matching-train-100-episodes': 100, 'fewshot/matching-eval': 100,
    'fewshot/multitask-n300': 1, 'fewshot/unfolding-train-k5': 20, 'fewshot/ista-k20-eval': 5,
  });
  for (const row of r.rows) expect(row.medianMs).toBeGreaterThan(0);
  expect(r.matMulGflops).toBeGreaterThan(0);
  expect(r.numTensors).toBe(0);
  void watch;
});
