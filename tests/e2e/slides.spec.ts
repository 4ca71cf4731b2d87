/**
 * Slides a lecturer would project: every deck, in both languages, at 1280×720 — no slide whose text
 * overflows at full size (the type never has to shrink below what the back row reads), and no slide
 * with more than 80 English words or 160 Chinese characters outside formulas and demos. Then the
 * instructor's tools: the script in the presenter window, B / W blanks, the laser pointer, and
 * handouts with the script.
 */
import { LANGS, LECTURES } from '../../content/lectures';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

for (const lang of LANGS) {
  for (const lecture of LECTURES.filter((l) => l.ready)) {
    test(`${lang} ${lecture.slug}: every slide fits at 1280×720 and stays short`, async ({ page, watch }) => {
      await page.goto(`/${lang}/lectures/${lecture.slug}/present/`);
      await page.waitForFunction(() => '__course' in window || document.querySelectorAll('.slide').length > 0);
      const report = await page.evaluate(() => {
        const all = [...document.querySelectorAll<HTMLElement>('.slide')];
        const was = all.map((s) => s.hidden);
        const out = all.map((s) => {
        // one slide on the stage at a time, at full type size (no shrinking to fit)
        all.forEach((o) => { o.hidden = o !== s; });
        const body = s.querySelector<HTMLElement>('.slide-body')!;
        body.style.setProperty('--fit', '1');
        const overflow = s.dataset.slideKind !== 'demo' && body.scrollHeight > body.clientHeight + 2;
        const copy = body.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.katex, .katex-display, .demo, svg, figure').forEach((n) => n.remove());
        const text = copy.textContent ?? '';
        return {
          n: Number(s.dataset.slide), kind: s.dataset.slideKind ?? '', overflow,
          words: (text.match(/[A-Za-z0-9][A-Za-z0-9’'.,-]*/g) ?? []).length,
          han: (text.match(/[\u3400-\u9fff]/g) ?? []).length,
        };
        });
        all.forEach((o, i) => { o.hidden = was[i]; });
        return out;
      });
      expect(report.length).toBeGreaterThan(3);
      for (const r of report) {
        expect(['title', 'section', 'sub', 'demo', 'summary'], `slide ${r.n}`).toContain(r.kind);
        expect(r.overflow, `slide ${r.n} (${r.kind}) overflows at full size`).toBe(false);
        if (lang === 'en') expect(r.words, `slide ${r.n}: words`).toBeLessThanOrEqual(80);
        else expect(r.han, `slide ${r.n}: Chinese characters`).toBeLessThanOrEqual(160);
      }
      void watch;
    });
  }
}

test('the presenter window shows the script; B / W blank the screen; L points; handouts carry the script', async ({ page, context, watch }) => {
  const deck = '/en/lectures/interpretability/present/';
  await page.goto(`${deck}?slide=2`);
  await page.waitForFunction(() => '__course' in window); // the deck has hydrated and listens for keys
  await expect(page.locator('.slide:not([hidden])')).toHaveAttribute('data-slide', '2');
  await page.keyboard.press('b');
  await expect(page.locator('[data-blank="black"]')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.locator('[data-blank]')).toHaveCount(0);
  await page.keyboard.press('w');
  await expect(page.locator('[data-blank="white"]')).toBeVisible();
  await page.keyboard.press('w');
  await page.keyboard.press('l');
  await page.mouse.move(400, 300);
  await expect(page.locator('[data-laser]')).toBeVisible();
  await page.keyboard.press('l');
  await expect(page.locator('[data-laser]')).toHaveCount(0);

  // a presenter window: the current slide's script beside the notes; its B blanks the audience
  const presenter = await context.newPage();
  await presenter.goto(`${deck}?presenter=1&slide=2`);
  await expect(presenter.locator('.presenter-current .slide')).toHaveAttribute('data-slide', '2');
  // a slide whose section has prose under it: its script is beside the notes
  for (let i = 0; i < 8 && (await presenter.locator('[data-presenter-script]').count()) === 0; i++) {
    await presenter.keyboard.press('ArrowRight');
    await presenter.waitForTimeout(150);
  }
  await expect(presenter.locator('[data-presenter-script]')).toBeVisible();
  await expect(presenter.locator('[data-presenter-script]')).not.toBeEmpty();
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-blank="black"]')).toBeVisible();
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-blank]')).toHaveCount(0);
  await presenter.close();

  await page.goto(`${deck}?print=1&script=1`);
  await expect(page.locator('.slide-script').first()).toBeVisible(); // after hydration reads the URL
  expect(await page.locator('.slide-script').count()).toBeGreaterThan(3);
  void watch;
});
