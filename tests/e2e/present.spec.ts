/**
 * Presenter mode, as an instructor uses it: page through a whole lecture with the keyboard,
 * drive a demo in the audience window from a second (presenter) window, pause a run by leaving
 * its slide, and come back to the start holding no more tensors than at the beginning.
 */
import type { Page } from '@playwright/test';
import { axe, expect, steadyTensors, test, type Watch } from './fixtures';
import { LECTURE_PAGES } from './registry';

const DECK = '/en/lectures/adversarial-robustness/present/';

const visibleSlide = (page: Page) => page.locator('.slide:not([hidden])');

async function totalSlides(page: Page) {
  const text = await page.locator('[data-deck-position]').textContent();
  const m = /of (\d+)/.exec(text ?? '');
  expect(m, `position text “${text}”`).not.toBeNull();
  return Number(m![1]);
}

/** the 1-based slide that holds a demo */
const slideOf = (page: Page, id: string) =>
  page.evaluate((d) => Number(document.querySelector(`[data-demo="${d}"]`)!.closest<HTMLElement>('[data-slide]')!.dataset.slide), id);

/** the same watch as the fixture, for a second page */
function watchPage(page: Page, origin: string): Watch {
  const w: Watch = { errors: [], foreign: [], failed: [] };
  page.on('console', (m) => { if (m.type() === 'error') w.errors.push(m.text()); });
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) w.foreign.push(r.url()); });
  page.on('requestfailed', (r) => w.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  return w;
}

test('every slide by keyboard; a presenter window drives the demos; back at the start with no tensors held', async ({ page, context, baseURL, watch }) => {
  test.setTimeout(600_000);
  await page.goto(`${DECK}?backend=wasm&quick=1`);
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '1');
  const total = await totalSlides(page);
  expect(total).toBeGreaterThan(15);
  await page.waitForFunction(() => '__course' in window); // installed once the deck has hydrated
  const start = await steadyTensors(page);

  // forward through every slide, then End / Home
  for (let i = 2; i <= total; i++) {
    await page.keyboard.press(i % 3 === 0 ? 'PageDown' : i % 3 === 1 ? 'Space' : 'ArrowRight');
    await expect(visibleSlide(page)).toHaveAttribute('data-slide', String(i));
    await expect(visibleSlide(page)).toHaveCount(1);
  }
  await expect(page).toHaveURL(new RegExp(`slide=${total}`));
  await page.keyboard.press('ArrowRight'); // past the end: stays
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', String(total));
  await page.keyboard.press('Home');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '1');
  await page.keyboard.press('End');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', String(total));

  // a number then Enter jumps: to the accuracy-vs-ε demo
  const sweepSlide = await slideOf(page, 'fgsm-sweep');
  for (const ch of String(sweepSlide)) await page.keyboard.press(ch);
  await page.keyboard.press('Enter');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', String(sweepSlide));
  const sweep = page.locator('[data-demo="fgsm-sweep"]');
  await expect(sweep).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });

  // the presenter window joins, finds the audience's slide, and runs the demo there
  const presenter = await context.newPage();
  const pw = watchPage(presenter, new URL(baseURL!).origin);
  await presenter.goto(`${DECK}?presenter=1`);
  await expect(presenter.locator('.presenter-current [data-slide]')).toHaveAttribute('data-slide', String(sweepSlide));
  const remote = presenter.locator('[data-remote="fgsm-sweep"]');
  await expect(remote).toHaveAttribute('data-remote-state', 'idle');
  await expect(presenter.locator('[data-demo]')).toHaveCount(0); // no demo runs in the presenter window
  await remote.locator('[data-remote-action="run"]').click();
  await expect(sweep).toHaveAttribute('data-state', 'done', { timeout: 240_000 });
  await expect(remote).toHaveAttribute('data-remote-state', 'done');
  expect(Number(await sweep.getAttribute('data-metric-acc-clean'))).toBeGreaterThan(0.5);

  // the presenter moves back to the playground; the audience follows; ε is set from afar
  const fgsmSlide = await slideOf(page, 'fgsm');
  await presenter.locator('.presenter').click({ position: { x: 5, y: 5 } });
  for (let i = sweepSlide; i > fgsmSlide; i--) await presenter.keyboard.press('PageUp'); // what clickers send
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', String(fgsmSlide));
  // and the presenter stays there (a remote's greeting once pulled it back to a slide it had left)
  await expect(presenter.locator('.presenter-current [data-slide]')).toHaveAttribute('data-slide', String(fgsmSlide));
  const fgsm = page.locator('[data-demo="fgsm"]');
  await expect(fgsm).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  const epsRemote = presenter.locator('[data-remote="fgsm"] [data-remote-param="eps"]');
  await expect(epsRemote).toBeVisible();
  await epsRemote.fill('0.3');
  await expect(fgsm.locator('[data-control="eps"]')).toHaveValue('0.3');
  await expect(fgsm).toHaveAttribute('data-metric-eps', '0.3', { timeout: 60_000 });

  // a run left behind pauses, holds still, and resumes when its slide returns
  await page.keyboard.press('Home');
  for (const ch of String(sweepSlide)) await page.keyboard.press(ch);
  await page.keyboard.press('Enter');
  await expect(sweep).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  await page.goto(`${DECK}?backend=wasm&slide=${sweepSlide}`); // the full run this time: long enough to pause
  await expect(sweep).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  await sweep.locator('[data-action="run"]').click();
  await expect(sweep).toHaveAttribute('data-state', 'running');
  await page.keyboard.press('ArrowRight');
  await expect(sweep).toHaveAttribute('data-paused', 'true');
  const progress = sweep.locator('.demo-progress progress');
  const held = await progress.getAttribute('value');
  await page.waitForTimeout(1500);
  expect(await progress.getAttribute('value')).toBe(held);
  await expect(sweep).toHaveAttribute('data-state', 'running');
  await page.keyboard.press('ArrowLeft');
  await expect(sweep).not.toHaveAttribute('data-paused', 'true');
  await expect.poll(async () => progress.getAttribute('value'), { timeout: 60_000 }).not.toBe(held);
  await sweep.locator('[data-action="stop"]').click();
  // stopped, or (on a loaded machine) already finished before the click: either way not running
  await expect(sweep).toHaveAttribute('data-state', /^(idle|done)$/);

  // back to the start: every demo unloaded, the tensors where they began
  await page.keyboard.press('Home');
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '1');
  expect(await steadyTensors(page)).toBe(start);
  await presenter.close();
  expect(pw.errors, 'presenter console errors').toEqual([]);
  expect(pw.foreign, 'presenter requests to other origins').toEqual([]);
  expect(pw.failed, 'presenter failed requests').toEqual([]);
  void watch;
});

test('overview, bad slide numbers, the print view, both languages, and axe', async ({ page }) => {
  await page.goto(`${DECK}?slide=999`);
  const total = await totalSlides(page);
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', String(total));
  await expect(page.locator('.deck-notice')).toContainText('999');
  expect(await axe(page)).toEqual([]);

  await page.goto(`${DECK}?slide=abc`);
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '1');
  await expect(page.locator('.deck-notice')).toContainText('abc');

  // the overview grid, by keyboard
  await page.locator('body').press('o');
  const grid = page.getByRole('dialog');
  await expect(grid.locator('.overview-card')).toHaveCount(total);
  await grid.locator('.overview-card').nth(4).focus();
  await page.keyboard.press('Enter');
  await expect(grid).toHaveCount(0);
  await expect(visibleSlide(page)).toHaveAttribute('data-slide', '5');

  // handouts: every slide on the page, demos as stills
  await page.goto(`${DECK}?print=1`);
  await expect(page.locator('.deck-print .slide:not([hidden])')).toHaveCount(total);
  await expect(page.locator('.demo-still')).toHaveCount(LECTURE_PAGES.find((l) => DECK.includes(`/${l.slug}/`))!.demos.length);
  await expect(page.locator('[data-demo]')).toHaveCount(0);

  // Chinese
  await page.goto('/zh/lectures/adversarial-robustness/present/');
  await expect(page.locator('[data-deck-position]')).toContainText(`/ ${total}`);
  await expect(visibleSlide(page).locator('h1')).toContainText('对抗样本');

  // the presenter view has notes or says it has none, and passes axe
  await page.goto(`${DECK}?presenter=1&slide=2`);
  await expect(page.locator('.presenter-notes')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
