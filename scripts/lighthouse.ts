/**
 * Lighthouse (mobile preset: simulated slow 4G and a 4× slower CPU) on the home pages and every
 * lecture page in both languages, served the way `npm start` serves them (scripts/serve.ts:
 * precompressed Brotli / gzip, cache headers). Writes bench/lighthouse.json and, with --gate,
 * fails when a page misses the budget below. Needs a build in out/.
 *
 * One run is noisy here: whether the first paint lands before the parser has finished (so that
 * the layouts after it count as blocking time) moves a page's score by up to 0.1 between runs.
 * So each route is run 3 times and the median run (Lighthouse's computeMedianRun: the run
 * closest to the median FCP and TTI) is kept, as Lighthouse's own docs advise.
 *
 *   npm run lighthouse                       # all routes, the median of 3 runs each
 *   npm run lighthouse -- --gate             # the full tier's gate
 *   npm run lighthouse -- --runs 1           # one run each (quicker, noisier)
 *   npm run lighthouse -- --only /en/lectures/interpretability/
 *   LH_SERVE=/old/checkout/scripts/serve.ts npm run lighthouse -- --json before.json   # another build, for bench:compare
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { LANGS, readyLectures } from '../content/lectures';

const root = path.resolve(import.meta.dirname, '..');
const PORT = Number(process.env.LH_PORT ?? 4391);
const args = process.argv.slice(2);
const gate = args.includes('--gate');
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = flag('--only');
const runs = Math.max(1, Number(flag('--runs') ?? 3) || 3);
const jsonFile = path.resolve(flag('--json') ?? path.join(root, 'bench/lighthouse.json'));

/** the budget: lecture pages ≥ 0.90, home ≥ 0.95, TBT ≤ 300 ms, CLS ≤ 0.05, a11y 1.0 */
export const BUDGET = { lecture: 0.9, home: 0.95, tbtMs: 300, cls: 0.05, accessibility: 1 };

export interface LighthouseRow {
  route: string;
  kind: 'home' | 'lecture';
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  domSize: number;
  transferBytes: number;
}

const routes = [
  ...LANGS.map((l) => ({ route: `/${l}/`, kind: 'home' as const })),
  ...LANGS.flatMap((l) => readyLectures().map((x) => ({ route: `/${l}/lectures/${x.slug}/`, kind: 'lecture' as const }))),
].filter((r) => !only || r.route === only);

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`lighthouse: the server at ${url} did not start (is there a build in out/?)`);
}

const server = spawn(process.execPath, ['--import', 'tsx', process.env.LH_SERVE ?? path.join(root, 'scripts/serve.ts')], {
  env: { ...process.env, PORT: String(PORT) },
  stdio: 'inherit',
});
const base = `http://127.0.0.1:${PORT}`;
const rows: LighthouseRow[] = [];
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  await waitForServer(`${base}/`);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  for (const r of routes) {
    const lhrs = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${base}${r.route}`, {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'],
      });
      if (!result) throw new Error(`lighthouse gave no result for ${r.route}`);
      lhrs.push(result.lhr);
    }
    const { categories, audits } = computeMedianRun(lhrs);
    const num = (id: string) => Math.round((audits[id]?.numericValue ?? NaN) * 1000) / 1000;
    const row: LighthouseRow = {
      ...r,
      performance: categories.performance.score ?? 0,
      accessibility: categories.accessibility.score ?? 0,
      fcpMs: Math.round(num('first-contentful-paint')),
      lcpMs: Math.round(num('largest-contentful-paint')),
      tbtMs: Math.round(num('total-blocking-time')),
      cls: num('cumulative-layout-shift'),
      domSize: num('dom-size'),
      transferBytes: num('total-byte-weight'),
    };
    rows.push(row);
    console.log(`${r.route.padEnd(44)} perf ${row.performance.toFixed(2)}  a11y ${row.accessibility.toFixed(2)}  FCP ${row.fcpMs} ms  LCP ${row.lcpMs} ms  TBT ${row.tbtMs} ms  CLS ${row.cls}  DOM ${row.domSize}  ${(row.transferBytes / 1024).toFixed(0)} KB`);
  }
} finally {
  await chrome?.kill();
  server.kill();
}

mkdirSync(path.dirname(jsonFile), { recursive: true });
writeFileSync(jsonFile, JSON.stringify({ date: new Date().toISOString(), budget: BUDGET, runsPerRoute: runs, routes: rows }, null, 2) + '\n');
console.log(`lighthouse: ${rows.length} routes → ${path.relative(process.cwd(), jsonFile)}`);

if (gate) {
  const misses = rows.flatMap((r) => {
    const m: string[] = [];
    const min = r.kind === 'home' ? BUDGET.home : BUDGET.lecture;
    if (r.performance < min) m.push(`performance ${r.performance} < ${min}`);
    if (r.tbtMs > BUDGET.tbtMs) m.push(`TBT ${r.tbtMs} ms > ${BUDGET.tbtMs}`);
    if (r.cls > BUDGET.cls) m.push(`CLS ${r.cls} > ${BUDGET.cls}`);
    if (r.accessibility < BUDGET.accessibility) m.push(`accessibility ${r.accessibility} < 1`);
    return m.map((x) => `${r.route}: ${x}`);
  });
  if (misses.length) {
    console.error(`lighthouse gate failed:\n  ${misses.join('\n  ')}`);
    process.exit(1);
  }
  console.log('lighthouse gate: every page within budget');
}
