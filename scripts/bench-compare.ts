/**
 * npx tsx scripts/bench-compare.ts before.json after.json
 * Prints, per workload and backend, the ratio of median times (after / before): below 1 is faster.
 */
import { readFileSync } from 'node:fs';

type Row = { id: string; backend: string; medianMs: number };
const load = (f: string) => {
  const j = JSON.parse(readFileSync(f, 'utf8')) as { results: { rows?: Row[] }[] };
  return new Map(j.results.flatMap((r) => r.rows ?? []).map((r) => [`${r.id} @ ${r.backend}`, r.medianMs]));
};
const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: tsx scripts/bench-compare.ts before.json after.json');
  process.exit(2);
}
const before = load(a), after = load(b);
console.log('| workload @ backend | before ms | after ms | after/before |\n|---|---:|---:|---:|');
for (const [k, v] of before) {
  const w = after.get(k);
  console.log(`| ${k} | ${v.toFixed(1)} | ${w?.toFixed(1) ?? '—'} | ${w ? (w / v).toFixed(3) : '—'} |`);
}
