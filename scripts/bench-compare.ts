/**
 * npx tsx scripts/bench-compare.ts before.json after.json
 * Bench results (npm run bench): per workload and backend, the ratio of median times (after /
 * before): below 1 is faster. Lighthouse results (npm run lighthouse, bench/lighthouse.json): per
 * route, performance, TBT, LCP and bytes before and after, flagging a page that got worse. Time to
 * effect (npm run bench:time, or the `time` part of npm run bench): per demo, first result and
 * headline before and after, flagging a demo over its budget (bench/time-budget.json) or slower.
 */
import { readFileSync } from 'node:fs';
import { budgetOf, type TimeRow } from './bench-time';

type Row = { id: string; backend: string; medianMs: number };
type Page = { route: string; performance: number; tbtMs: number; lcpMs: number; cls: number; domSize: number; transferBytes: number };
const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: tsx scripts/bench-compare.ts before.json after.json');
  process.exit(2);
}
const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as { results?: { rows?: Row[] }[]; routes?: Page[]; time?: TimeRow[] };
const A = read(a), B = read(b);

if (A.time?.length && B.time?.length) {
  const after = new Map(B.time.map((t) => [t.demo, t]));
  const f = (ms: number | null | undefined) => (ms == null ? '—' : (ms / 1000).toFixed(1));
  console.log('| demo | first s before → after | headline s before → after | budget s | |\n|---|---|---|---|---|');
  for (const t of [...A.time, ...B.time.filter((x) => !A.time!.some((y) => y.demo === x.demo))]) {
    const u = after.get(t.demo);
    const b = budgetOf(t.demo);
    const over = !u || u.msFirst == null || u.msHeadline == null || u.msFirst > b.msFirst || u.msHeadline > b.msHeadline;
    const slower = !!u && u.msHeadline != null && t.msHeadline != null && u.msHeadline > t.msHeadline * 1.2 + 500;
    console.log(`| ${t.demo} | ${f(t.msFirst)} → ${f(u?.msFirst)} | ${f(t.msHeadline)} → ${f(u?.msHeadline)} | ${f(b.msFirst)} / ${f(b.msHeadline)} | ${over ? '**over budget**' : ''}${slower ? ' **slower**' : ''} |`);
  }
}
if (A.routes && B.routes) {
  const after = new Map(B.routes.map((r) => [r.route, r]));
  console.log('| route | perf before → after | TBT ms | LCP ms | CLS | DOM | KB transferred | |\n|---|---|---|---|---|---|---|---|');
  for (const r of A.routes) {
    const s = after.get(r.route);
    if (!s) { console.log(`| ${r.route} | ${r.performance} → — | | | | | | gone |`); continue; }
    const worse = s.performance < r.performance - 0.02 || s.tbtMs > r.tbtMs * 1.2 + 50;
    console.log(`| ${r.route} | ${r.performance.toFixed(2)} → ${s.performance.toFixed(2)} | ${r.tbtMs} → ${s.tbtMs} | ${r.lcpMs} → ${s.lcpMs} | ${r.cls} → ${s.cls} | ${r.domSize} → ${s.domSize} | ${(r.transferBytes / 1024).toFixed(0)} → ${(s.transferBytes / 1024).toFixed(0)} | ${worse ? '**worse**' : ''} |`);
  }
} else if (A.results && B.results) {
  const load = (j: typeof A) => new Map((j.results ?? []).flatMap((r) => r.rows ?? []).map((r) => [`${r.id} @ ${r.backend}`, r.medianMs]));
  const before = load(A), after = load(B);
  console.log('| workload @ backend | before ms | after ms | after/before |\n|---|---:|---:|---:|');
  for (const [k, v] of before) {
    const w = after.get(k);
    console.log(`| ${k} | ${v.toFixed(1)} | ${w?.toFixed(1) ?? '—'} | ${w ? (w / v).toFixed(3) : '—'} |`);
  }
}
