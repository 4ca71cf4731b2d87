import { readFileSync } from 'node:fs';
import { LECTURES, LANGS } from '../../content/lectures';
import { expect, openDemo, test } from './fixtures';

const pages = ['/zh/', '/en/', ...LANGS.flatMap((l) => LECTURES.filter((x) => x.ready).map((x) => `/${l}/lectures/${x.slug}/`))];

for (const path of pages) {
  test(`${path} renders, with math, no console error and nothing from another origin`, async ({ page, watch }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/zh') ? 'zh-CN' : 'en');
    if (path.includes('/lectures/')) {
      // a lecture with formulas shows them typeset (the perspectives page has none)
      const [, lang, , slug] = path.split('/');
      const formulas = (readFileSync(`content/${lang}/${slug}.mdx`, 'utf8').match(/\$/g) ?? []).length;
      if (formulas > 0) expect(await page.locator('.katex').count()).toBeGreaterThan(Math.min(10, formulas / 4));
      await expect(page.locator('.katex-error')).toHaveCount(0);
      // the table of contents links to headings that exist
      const ids = await page.locator('aside .toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
      expect(ids.length).toBeGreaterThan(4);
      for (const id of ids) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
      // the language toggle keeps the page
      const other = path.startsWith('/zh') ? path.replace('/zh/', '/en/') : path.replace('/en/', '/zh/');
      await expect(page.locator('.lang-toggle')).toHaveAttribute('href', other);
      // KaTeX fonts are served by the site itself
      await page.evaluate(() => document.fonts.ready);
    } else {
      await expect(page.locator('.six-ws li')).toHaveCount(6);
      await expect(page.locator('.lecture-map li.ready a').first()).toBeVisible();
    }
    await page.waitForLoadState('networkidle');
    void watch;
  });
}

// No request watcher here: the redirect aborts the chooser's own script downloads, by design.
test('/ sends the browser to its language', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('h1')).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a lecture still shows its text and formulas, and the chooser its links', async ({ page }) => {
    await page.goto('/zh/lectures/adversarial-robustness/');
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.locator('.katex').count()).toBeGreaterThan(10);
    expect((await page.locator('article').innerText()).length).toBeGreaterThan(1500);
    await expect(page.locator('[data-demo="fgsm"]')).toHaveCount(1);
    await page.goto('/');
    await expect(page.locator('.chooser-links a')).toHaveCount(2);
  });
});

// components/mdx/prose.tsx: the prose is static HTML, once; React hydrates only the islands
test('a lecture’s prose is in its HTML once, not in the React payload, and survives hydration', async ({ page, request, watch }) => {
  const path = '/en/lectures/adversarial-robustness/';
  const html = await (await request.get(path)).text();
  const payload = [...html.matchAll(/self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => m[1]).join('');
  await page.goto(path);
  const runs = page.locator('.prose-seg');
  expect(await runs.count()).toBeGreaterThan(1);
  const sentences = await runs.evaluateAll((els) => els.map((e) => e.querySelector('p')?.textContent?.slice(0, 60) ?? ''));
  for (const s of sentences.filter((x) => x.length > 30)) {
    expect(html.split(s.slice(0, 30)).length - 1, `“${s.slice(0, 30)}” in the HTML`).toBeGreaterThanOrEqual(1);
    expect(payload.includes(s.slice(0, 30)), `“${s.slice(0, 30)}” in the React payload`).toBe(false);
  }
  // after hydration (a demo frame is interactive) the prose is still there
  await openDemo(page, 'fgsm');
  for (const n of await runs.evaluateAll((els) => els.map((e) => e.childElementCount))) expect(n).toBeGreaterThan(0);
  console.log(`${path}: ${(html.length / 1024).toFixed(0)} KB of HTML, of which ${(payload.length / 1024).toFixed(0)} KB React payload`);
  void watch;
});

// scripts/prose-chunks.ts: prose chunks off screen are skipped (content-visibility: auto), yet a
// link to a heading near the end still lands on it, and the text of a skipped chunk is still there
// for find-in-page and for copying
test('prose chunks off screen are skipped, yet #anchors land and their text is there', async ({ page, watch }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/en/lectures/adversarial-robustness/#summary-and-questions');
  const chunks = page.locator('.cv');
  expect(await chunks.count()).toBeGreaterThan(10);
  expect(await chunks.first().evaluate((e) => getComputedStyle(e).contentVisibility)).toBe('auto');
  const heading = page.locator('#summary-and-questions');
  await expect(async () => {
    const top = await heading.evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-2);
    expect(top).toBeLessThan(823 / 2);
  }).toPass({ timeout: 10_000 });
  // chunks far from the screen are skipped (checkVisibility says so), but their words are in the document
  const skipped = await chunks.evaluateAll((els) =>
    els.filter((e) => !e.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })).map((e) => e.textContent!.trim().length));
  expect(skipped.length).toBeGreaterThan(5);
  for (const n of skipped) expect(n).toBeGreaterThan(0);
  void watch;
});
