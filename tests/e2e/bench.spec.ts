import { expect, test } from './fixtures';
import { allDemoIds } from './registry';

const ALL_DEMOS = allDemoIds();

// Full tier (npm run test:full). Keeps `npm run bench` honest: the /bench page runs every registered workload (here one timed
// run of the quick set on WASM), reports a number for each, and leaves no tensors behind.
test('@full the bench page runs every workload and leaks nothing', async ({ page, watch }) => {
  await page.goto('/bench/?backend=wasm&reps=1&quick=1');
  await expect(page.locator('pre[data-bench-state="done"]')).toBeVisible({ timeout: 170_000 });
  const r = (await page.evaluate(() => (window as unknown as { __bench: unknown }).__bench)) as {
    backend: string; matMulGflops: number; numTensors: number;
    rows: { id: string; demo: string; medianMs: number; items: number }[]; registered: { id: string; demo: string }[];
  };
  expect(r.backend).toBe('wasm');
  // every registered workload ran, each at a size of at least one item, and names a demo on some page
  expect(r.registered.length).toBeGreaterThan(0);
  expect(r.rows.map((x) => x.id)).toEqual(r.registered.map((x) => x.id));
  for (const row of r.rows) expect(row.items).toBeGreaterThan(0);
  for (const w of r.registered) expect(ALL_DEMOS, `${w.id} measures an unknown demo`).toContain(w.demo);
  for (const row of r.rows) expect(row.medianMs).toBeGreaterThan(0);
  expect(r.matMulGflops).toBeGreaterThan(0);
  expect(r.numTensors).toBe(0);
  void watch;
});
