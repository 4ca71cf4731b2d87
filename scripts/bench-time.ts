/**
 * npm run bench:time [-- --only fedavg,cam] [-- --backend wasm] [-- --out bench/time.json] [-- --gate]
 *
 * Time to effect (issue 27): for every demo on every lecture page, the DEFAULT run (not ?quick),
 * first run after a fresh page load, on one backend: the demo's own `data-metric-ms-first` (Run to
 * its first visible result) and `data-metric-ms-headline` (Run to the numbers it exists to show),
 * read once the headline is set; the run is then stopped (the refinement after the headline is not
 * timed). Budgets: bench/time-budget.json. Prints a table, writes JSON (bench:compare reads it), and
 * with --gate exits 1 when a demo misses its budget or never sets the two metrics.
 * Run it on an idle machine: the numbers are wall-clock.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { TOPICS } from '../components/demo/registry';

const root = path.resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const opt = (name: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
// a demo that has not shown its headline by then is recorded as missing it
const GIVE_UP_MS = 240_000;

export type Budget = { msFirst: number; msHeadline: number };
type BudgetFile = { default: Budget; demos?: Record<string, Partial<Budget> & { why?: string }> };
export const budgets = JSON.parse(readFileSync(path.join(root, 'bench/time-budget.json'), 'utf8')) as BudgetFile;
export const budgetOf = (demo: string): Budget => ({ ...budgets.default, ...budgets.demos?.[demo] });

export type TimeRow = { demo: string; lecture: string; backend: string; msFirst: number | null; msHeadline: number | null; wallMs: number; over: boolean; error?: string };

/** One demo's default run on a freshly loaded page. */
async function timeDemo(page: Page, lecture: string, demo: string, prepare: string | undefined, backend: string, PORT: number): Promise<TimeRow> {
  const row: TimeRow = { demo, lecture, backend, msFirst: null, msHeadline: null, wallMs: 0, over: true };
  try {
    await page.goto(`http://127.0.0.1:${PORT}/en/lectures/${lecture}/?backend=${backend}`);
    const el = page.locator(`[data-demo="${demo}"]`);
    await el.scrollIntoViewIfNeeded();
    await page.waitForFunction((id) => document.querySelector<HTMLElement>(`[data-demo="${id}"]`)?.dataset.ready === 'true', demo, { timeout: 120_000 });
    // demos that start by themselves (e.g. a first attack on load) finish before the timed run
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-demo]')]
      .every((d) => d.dataset.state !== 'loading' && d.dataset.state !== 'running'), null, { timeout: 300_000 });
    if (prepare) await el.locator(`[data-action="${prepare}"]`).click();
    const t0 = Date.now();
    await el.locator('[data-action="run"]').click();
    // wait for a headline set by THIS run: the attribute may hold a value from an automatic run
    await page.waitForFunction((id) => {
      const d = document.querySelector<HTMLElement>(`[data-demo="${id}"]`)!;
      return d.dataset.state === 'running' || d.dataset.state === 'done' || d.dataset.state === 'error';
    }, demo, { timeout: 30_000 });
    await page.waitForFunction((id) => {
      const d = document.querySelector<HTMLElement>(`[data-demo="${id}"]`)!;
      return d.dataset.metricMsHeadline !== undefined || d.dataset.state === 'done' || d.dataset.state === 'error';
    }, demo, { timeout: GIVE_UP_MS, polling: 100 });
    row.wallMs = Date.now() - t0;
    const read = async (k: string) => { const v = await el.getAttribute(`data-metric-${k}`); return v === null ? null : Number(v); };
    row.msFirst = await read('ms-first');
    row.msHeadline = await read('ms-headline');
    if ((await el.getAttribute('data-state')) === 'running') await el.locator('[data-action="stop"]').click();
  } catch (e) {
    row.error = String(e instanceof Error ? e.message.split('\n')[0] : e);
  }
  const b = budgetOf(demo);
  row.over = row.msFirst === null || row.msHeadline === null || row.msFirst > b.msFirst || row.msHeadline > b.msHeadline;
  return row;
}

/** Every demo (or `only` these), one fresh page each, on a site already served at `port`. */
export async function measureTimes(browser: Browser, port: number, backend: string, only?: string[]): Promise<TimeRow[]> {
  const rows: TimeRow[] = [];
  for (const t of TOPICS) {
    for (const d of t.demos) {
      if (only && !only.includes(d.id)) continue;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const r = await timeDemo(page, t.lecture, d.id, d.prepare, backend, port);
      await page.close();
      rows.push(r);
      const s = (ms: number | null) => (ms === null ? '—' : (ms / 1000).toFixed(1));
      console.log(`${d.id.padEnd(22)} first ${s(r.msFirst).padStart(6)} s  headline ${s(r.msHeadline).padStart(6)} s  ${r.over ? 'OVER BUDGET' : 'ok'}${r.error ? `  (${r.error})` : ''}`);
    }
  }
  return rows;
}

export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--enable-unsafe-webgpu',
  '--disable-background-networking', '--disable-component-update', '--no-first-run'];

if (process.argv[1]?.endsWith('bench-time.ts')) {
  const backend = opt('backend') ?? 'wasm';
  const only = opt('only')?.split(',');
  const out = path.resolve(root, opt('out') ?? 'bench/time.json');
  const PORT = Number(opt('port') ?? 4175);
  if (!existsSync(path.join(root, 'out/index.html'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
  const server = spawn('npx', ['tsx', 'scripts/serve.ts'], { cwd: root, env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1500));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  let rows: TimeRow[] = [];
  try {
    rows = await measureTimes(browser, PORT, backend, only);
  } finally {
    await browser.close();
    server.kill();
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), backend, load: readFileSync('/proc/loadavg', 'utf8').trim(), time: rows }, null, 2) + '\n');
  const over = rows.filter((r) => r.over);
  console.log(`\n${rows.length - over.length}/${rows.length} demos within budget on ${backend}; wrote ${path.relative(root, out)}`);
  if (argv.includes('--gate') && over.length) process.exit(1);
}
