/**
 * Every browser test watches the page: a console error, a failed request, or any request to
 * another origin fails the test. The site must work on a closed classroom network.
 */
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
  errors: string[];
  foreign: string[];
  failed: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const w: Watch = { errors: [], foreign: [], failed: [] };
    const origin = new URL(baseURL!).origin;
    page.on('console', (m) => { if (m.type() === 'error') w.errors.push(m.text()); });
    page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) w.foreign.push(u);
    });
    page.on('response', (r) => { if (r.status() >= 400) w.failed.push(`${r.url()} HTTP ${r.status()}`); });
    page.on('requestfailed', (r) => w.failed.push(`${r.url()} ${r.failure()?.errorText}`));
    await use(w);
    expect(w.errors, 'console errors').toEqual([]);
    expect(w.foreign, 'requests to other origins').toEqual([]);
    expect(w.failed, 'failed requests').toEqual([]);
  },
});

export { expect };

export const LECTURE = '/en/lectures/adversarial-robustness/';

export const numTensors = (page: Page) => page.evaluate(() => (window as unknown as { __course: { numTensors(): number } }).__course.numTensors());

/** Scrolls a demo into view and waits until its view has loaded its model. */
export async function openDemo(page: Page, id: string) {
  const demo = page.locator(`[data-demo="${id}"]`);
  await demo.scrollIntoViewIfNeeded();
  await expect(demo).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  return demo;
}

/** Waits until no demo on the page is loading or running (e.g. the playground's first attack). */
export async function settle(page: Page) {
  for (let i = 0; i < 2; i++) {
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-demo]')]
      .every((d) => d.dataset.state !== 'loading' && d.dataset.state !== 'running'), null, { timeout: 120_000 });
    await page.waitForTimeout(300);
  }
}

/** Clicks run and waits for the run to finish. */
export async function runDemo(page: Page, id: string, timeout = 240_000) {
  const demo = page.locator(`[data-demo="${id}"]`);
  await demo.locator('[data-action="run"]').click();
  await expect(demo).toHaveAttribute('data-state', 'done', { timeout });
  return demo;
}

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

export type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core's serious and critical violations on the page as it is now (or within one element). */
export async function axe(page: Page, within?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const all = await page.evaluate(async (sel) => {
    const r = await (window as unknown as { axe: { run(c: object, o: object): Promise<{ violations: Violation[] }> } }).axe.run(
      sel ? { include: [sel] } : document, { resultTypes: ['violations'] },
    );
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  }, within ?? null);
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * numTensors once it holds still: views compute small things outside a run (a map for the
 * chosen digit) and hold a tensor while its readback is in flight, which on software WebGL under
 * load can take most of a second. So: read every 200 ms for at least a second until two reads
 * agree, and return the lowest count seen. A leak is a count that stays up, and still shows.
 */
export async function steadyTensors(page: Page): Promise<number> {
  const t0 = Date.now();
  let last = await numTensors(page);
  let low = last;
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(200);
    const now = await numTensors(page);
    low = Math.min(low, now);
    if (now === last && Date.now() - t0 >= 1000) return low;
    last = now;
  }
  return low;
}
