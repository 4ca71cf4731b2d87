/**
 * The demo contract, generated from the registry: every demo placed on every lecture page loads,
 * runs its quick workload (`?quick=1`) on WASM, shows finite metrics, and leaves numTensors where
 * it was over run / stop / reset / run, with no serious axe violation in its view. And every parameter a topic declares gets a hostile link:
 * each value is answered by a notice, never a crash. A new demo is covered with no edit here.
 */
import { pageFigure } from '../../components/demo/paper-figure';
import { hostileValues } from '../../demos/runtime/schema';
import { axe, expect, openDemo, settle, steadyTensors, test } from './fixtures';
import { LECTURE_PAGES, descriptor } from './registry';

// one test per demo, independent of each other: spread them over both workers, so this file (the
// longest in the smoke tier) does not keep one worker busy while the other idles
test.describe.configure({ mode: 'parallel' });

// CONTRACT_ALL_SCHEMES=1: axe in both colour schemes for every demo (the full tier sets it)
const ALL_SCHEMES = !!process.env.CONTRACT_ALL_SCHEMES;
const demoIndex = (id: string) => LECTURE_PAGES.flatMap((l) => l.demos).indexOf(id);

// the schemas are lazy (they stay out of a page's first load): read them before declaring the tests
const SCHEMAS = Object.fromEntries(await Promise.all(LECTURE_PAGES.flatMap((l) => l.demos).map(async (id) => [id, await descriptor(id).params?.()] as const)));

for (const lecture of LECTURE_PAGES) {
  for (const id of lecture.demos) {
    test(`contract: ${id} (${lecture.slug}) runs its quick workload on WASM, with finite metrics and no leak`, async ({ page, watch }) => {
      // a demo that needs input first names the button that gives it some (e.g. sample symbols)
      const prepare = descriptor(id).prepare;
      // `load=manual`: only this demo loads, when Run is pressed. Its neighbours would otherwise load
      // their models and data (and some run a first attack) on the same two cores; loading on
      // scroll is the a11y, pages and topic tests' path. A demo that needs input first loads on scroll.
      const manual = !prepare;
      await page.goto(`/en/lectures/${lecture.slug}/?backend=wasm&quick=1${manual ? '&load=manual' : ''}`);
      const demo = page.locator(`[data-demo="${id}"]`);
      if (manual) {
        // a click before hydration does nothing: wait for the frames' effects (they install __course)
        await page.waitForFunction(() => '__course' in window);
        await demo.scrollIntoViewIfNeeded();
      } else {
        await openDemo(page, id);
        await settle(page); // the neighbours that loaded on scroll (nothing else loads under manual)
      }
      const prepared = async () => { if (prepare) await demo.locator(`[data-action="${prepare}"]`).click(); };

      await prepared();
      await demo.locator('[data-action="run"]').click();
      await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 240_000 });
      await expect(demo).toHaveAttribute('data-backend', 'wasm');
      const metrics = await demo.evaluate((el) => Object.entries((el as HTMLElement).dataset)
        .filter(([k]) => k.startsWith('metric')).map(([k, v]) => [k, Number(v)] as const));
      expect(metrics.length, 'the run reports at least one data-metric-*').toBeGreaterThan(0);
      for (const [k, v] of metrics) expect(Number.isFinite(v), `${k} = ${v}`).toBe(true);
      // time to effect (issue 27): every run says when its first result and its headline appeared
      const names = metrics.map(([k]) => k);
      expect(names, 'data-metric-ms-first and data-metric-ms-headline').toEqual(expect.arrayContaining(['metricMsFirst', 'metricMsHeadline']));
      await settle(page);
      // where the demo reproduces a published effect: the paper's figure beside the page's own metric
      const paper = await descriptor(id).paper?.();
      if (paper) {
        const line = demo.locator('.paper-line');
        await expect(line).toHaveAttribute('data-paper-figure', paper.figure ?? '');
        const value = Number(await demo.getAttribute(`data-metric-${paper.metric}`));
        await expect(line).toHaveAttribute('data-page-figure', pageFigure(paper, value));
      }
      // the view as a student sees it after a run: one colour scheme per demo, alternating (the smoke
      // tier's time budget; tests/e2e/a11y.spec.ts checks every page in both before any run)
      const schemes = ALL_SCHEMES ? (['light', 'dark'] as const) : ([demoIndex(id) % 2 ? 'dark' : 'light'] as const);
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        const bad = await axe(page, `[data-demo="${id}"]`);
        expect(bad, `axe, ${scheme}: ${JSON.stringify(bad, null, 2)}`).toEqual([]);
      }
      const afterRun = await steadyTensors(page);

      // run and stop at once, reset, run again: the count comes back to where the first run left it
      await demo.evaluate((el) => {
        el.querySelector<HTMLButtonElement>('[data-action="run"]')!.click();
        setTimeout(() => el.querySelector<HTMLButtonElement>('[data-action="stop"]')!.click(), 50);
      });
      await page.waitForTimeout(200);
      await settle(page);
      await demo.locator('[data-action="reset"]').click();
      await expect(demo).toHaveAttribute('data-state', 'idle');
      if (prepare) {
        await prepared();
        await settle(page);
      }
      await demo.locator('[data-action="run"]').click();
      await expect(demo).toHaveAttribute('data-state', 'done', { timeout: 240_000 });
      if (!manual) await settle(page);
      expect(await steadyTensors(page), 'numTensors after run / stop / reset / run').toBe(afterRun);
      void watch;
    });
  }

  const withParams = lecture.demos.filter((id) => SCHEMAS[id]);
  if (withParams.length === 0) continue;
  test(`hostile links on ${lecture.slug}: every declared parameter gets a notice, nothing crashes`, async ({ page, watch }) => {
    const pairs: string[] = [];
    const expected: Record<string, number> = {};
    for (const id of withParams) {
      const entries = Object.entries(SCHEMAS[id]!);
      entries.forEach(([name, spec], i) => {
        const bad = hostileValues(spec);
        pairs.push(`${id}.${name}=${encodeURIComponent(bad[i % bad.length])}`);
      });
      expected[id] = entries.length;
    }
    await page.goto(`/en/lectures/${lecture.slug}/?backend=wasm&quick=1#${pairs.join('&')}`);
    for (const id of withParams) {
      const demo = await openDemo(page, id);
      await expect(demo.locator('.demo-notice'), `${id}: one notice per hostile parameter`).toHaveCount(expected[id]);
      await expect(demo).not.toHaveAttribute('data-state', 'error');
    }
    await settle(page);
    void watch;
  });
}
