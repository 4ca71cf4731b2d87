/**
 * The perspectives page's <Reflection> boxes: an answer typed there survives a reload (it is kept in
 * localStorage) and is never sent anywhere (no request carries it).
 */
import { expect, test } from './fixtures';

test('a reflection is kept in this browser only', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (r) => { if ((r.postData() ?? '').includes('kept-only-here') || r.url().includes('kept-only-here')) sent.push(r.url()); });
  await page.goto('/en/lectures/perspectives/');
  const box = page.locator('[data-reflection="perspectives-discussion"] textarea');
  await expect(box).toBeVisible();
  await expect(page.getByLabel('Your answer').first()).toBeVisible();
  // hydration first: the box only saves once its script runs
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(1500);
  await box.fill('kept-only-here: medicine, with a doctor deciding');
  await page.reload();
  await expect(page.locator('[data-reflection="perspectives-discussion"] textarea')).toHaveValue('kept-only-here: medicine, with a doctor deciding', { timeout: 20_000 });
  expect(await page.evaluate(() => localStorage.getItem('course.reflection.perspectives-discussion'))).toContain('kept-only-here');
  expect(sent).toEqual([]);
});
