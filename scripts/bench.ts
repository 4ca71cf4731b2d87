/**
 * npm run bench [-- --quick] [-- --reps 5] [-- --backends wasm,webgl] [-- --out bench/results.json]
 *
 * Builds the site if out/ is missing, serves it, and opens /bench/?backend=… in headless Chromium
 * for every backend it offers; each run measures every demo's registered workload (warm-up, then
 * N timed runs) and the backend's raw 512×512 matMul GFLOP/s in the same session. Prints a table
 * and writes JSON. Software WebGL/WebGPU here (SwiftShader) prove correctness, not speed.
 * Then, on WASM, each demo's time to effect (scripts/bench-time.ts: its default run on a fresh page,
 * Run → first result and Run → headline), merged into every workload row of that demo as msFirst
 * and msHeadline (about 20–30 minutes for every demo; `--no-time` skips it, `--only-time a,b` limits it).
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, budgetOf, measureTimes, type TimeRow } from './bench-time';

const root = path.resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const opt = (name: string) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
const quick = argv.includes('--quick');
const reps = Number(opt('reps') ?? (quick ? 2 : 5));
const backends = (opt('backends') ?? 'wasm,webgl,cpu,webgpu').split(',');
const out = path.resolve(root, opt('out') ?? 'bench/results.json');
const PORT = 4174;

if (!existsSync(path.join(root, 'out/bench/index.html'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
const server = spawn('npx', ['tsx', 'scripts/serve.ts'], { cwd: root, env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const results: unknown[] = [];
let times: TimeRow[] = [];
try {
  for (const backend of backends) {
    const page = await browser.newPage();
    // cpu and software WebGPU are ~20–100× slower than wasm here: they always run the quick sweep
    const q = quick || backend === 'cpu' || backend === 'webgpu' ? '&quick=1' : '';
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${PORT}/bench/?backend=${backend}&reps=${reps}${q}`);
    await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench, null, { timeout: 30 * 60_000 });
    const r = (await page.evaluate(() => (window as unknown as { __bench: unknown }).__bench)) as Record<string, unknown>;
    results.push({ requested: backend, quick: !!q, seconds: Math.round((Date.now() - started) / 1000), ...r });
    console.log(`${backend}: ${r.error ? `unavailable (${r.error})` : 'done'} in ${Math.round((Date.now() - started) / 1000)} s`);
    await page.close();
  }
  if (!argv.includes('--no-time') && backends.includes('wasm')) {
    console.log('\ntime to effect on wasm (default runs):');
    times = await measureTimes(browser, PORT, 'wasm', opt('only-time')?.split(','));
  }
} finally {
  await browser.close();
  server.kill();
}
// the bench JSON gains msFirst / msHeadline per workload: the time of the demo it measures
const timeOf = new Map(times.map((t) => [t.demo, t]));
for (const r of results as { requested: string; rows?: { demo: string; msFirst?: number | null; msHeadline?: number | null }[] }[]) {
  for (const row of r.requested === 'wasm' ? r.rows ?? [] : []) {
    const t = timeOf.get(row.demo);
    if (t) Object.assign(row, { msFirst: t.msFirst, msHeadline: t.msHeadline });
  }
}

type Row = { id: string; backend: string; items: number; medianMs: number; minMs: number; maxMs: number; itemsPerSecond: number; unit: string };
console.log('\n| workload | backend | items | median ms | min–max ms | items/s | backend matMul GFLOP/s |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const r of results as { requested: string; error?: string; matMulGflops?: number; rows?: Row[] }[]) {
  if (r.error || !r.rows) { console.log(`| — | ${r.requested} | | unavailable | | | |`); continue; }
  for (const row of r.rows) {
    console.log(`| ${row.id} | ${row.backend} | ${row.items} | ${row.medianMs.toFixed(1)} | ${row.minMs.toFixed(0)}–${row.maxMs.toFixed(0)} | ${row.itemsPerSecond} ${row.unit} | ${r.matMulGflops} |`);
  }
}
if (times.length) {
  console.log('\n| demo | first result s | headline s | budget s | |\n|---|---:|---:|---:|---|');
  for (const t of times) {
    const b = budgetOf(t.demo);
    const f = (ms: number | null) => (ms === null ? '—' : (ms / 1000).toFixed(1));
    console.log(`| ${t.demo} | ${f(t.msFirst)} | ${f(t.msHeadline)} | ${f(b.msFirst)} / ${f(b.msHeadline)} | ${t.over ? '**over**' : ''} |`);
  }
}
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), reps, quick, results, time: times }, null, 2) + '\n');
console.log(`\nwrote ${path.relative(root, out)}`);
