import type { Metadata } from 'next';
import { BenchRunner } from '@/components/bench/BenchRunner';

export const metadata: Metadata = { title: 'Benchmark', robots: { index: false } };

// Driven by scripts/bench.ts: /bench/?backend=wasm&reps=5&quick=1
export default function BenchPage() {
  return (
    <main className="prose bench">
      <h1>Benchmark</h1>
      <p>Runs every demo’s bench workload on the backend given by <code>?backend=</code>; <code>npm run bench</code> drives this page on every backend.</p>
      <BenchRunner />
    </main>
  );
}
