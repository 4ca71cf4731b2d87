import { LANGS, LECTURES } from '../../content/lectures';
import { LECTURE, axe, expect, openDemo, settle, test } from './fixtures';

const ready = LECTURES.filter((x) => x.ready);
// The two languages share their markup: the smoke tier checks each lecture in one language
// (alternating), the full tier (@full) in the other, so every page is still checked.
const pages = ['/', ...LANGS.flatMap((l, li) => [`/${l}/`, ...ready.map((x, i) => `/${l}/lectures/${x.slug}/${(i + li) % 2 ? ' @full' : ''}`)])];

// Idle pages (`?load=manual`: no demo loads by itself): the prose, figures and demo frames, in both
// languages. Each demo's view, after a run, is checked by the contract test.
for (const entry of pages) {
  const path = entry.replace(' @full', '');
  test(`axe: ${entry} has no serious or critical violation, light and dark`, async ({ page }) => {
    await page.goto(path === '/' ? '/?stay' : `${path}?load=manual`); // the chooser would redirect
    await page.waitForLoadState('load');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const bad = await axe(page);
      expect(bad, `${scheme}: ${JSON.stringify(bad, null, 2)}`).toEqual([]);
    }
  });
}

test('the FGSM playground works from the keyboard alone', async ({ page, watch }) => {
  await page.goto(`${LECTURE}?backend=wasm`);
  const demo = await openDemo(page, 'fgsm');
  await settle(page);
  // ε slider: focus it by tabbing through the demo's controls, then arrow keys
  await demo.locator('[data-action="reset"]').focus();
  const slider = demo.locator('[data-control="eps"]');
  for (let i = 0; i < 20 && !(await slider.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(slider).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(demo).toHaveAttribute('data-metric-eps', '0.2');
  // choose another test digit instead of drawing (the canvas's keyboard alternative)
  await demo.getByRole('button', { name: 'next digit' }).focus();
  await page.keyboard.press('Enter');
  await expect(demo.getByRole('spinbutton')).toHaveValue('1');
  await expect(demo).toHaveAttribute('data-state', 'done');
  // run from the keyboard
  await demo.locator('[data-action="run"]').focus();
  await page.keyboard.press('Enter');
  await expect(demo).toHaveAttribute('data-state', 'done');
  void watch;
});

test('reduced motion: no animation or transition lasts', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/');
  const long = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
    const s = getComputedStyle(el);
    return parseFloat(s.animationDuration) > 0.01 || parseFloat(s.transitionDuration) > 0.01;
  }).length);
  expect(long).toBe(0);
});
