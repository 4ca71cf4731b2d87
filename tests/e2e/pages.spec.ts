import { LECTURES, LANGS } from '../../content/lectures';
import { expect, test } from './fixtures';

const pages = ['/zh/', '/en/', ...LANGS.flatMap((l) => LECTURES.filter((x) => x.ready).map((x) => `/${l}/lectures/${x.slug}/`))];

for (const path of pages) {
  test(`${path} renders, with math, no console error and nothing from another origin`, async ({ page, watch }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/zh') ? 'zh-CN' : 'en');
    if (path.includes('/lectures/')) {
      expect(await page.locator('.katex').count()).toBeGreaterThan(10);
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
