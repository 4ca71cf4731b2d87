/**
 * Runs the given workloads on the current backend: for each, one warm-up run (shader
 * compilation, WASM tiering), then `reps` timed runs. Also the backend's raw 512×512 matMul rate,
 * measured in the same session, to put the numbers in scale.
 */
import * as tf from '@tensorflow/tfjs';
import type { BenchWorkload } from './types';

export interface BenchRow {
  id: string;
  demo: string;
  backend: string;
  unit: string;
  items: number;
  reps: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  itemsPerSecond: number;
  gflops?: number;
  note?: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function matMulGflops(size = 512, reps = 10): Promise<number> {
  const a = tf.randomNormal([size, size], 0, 1, 'float32', 1);
  const b = tf.randomNormal([size, size], 0, 1, 'float32', 2);
  const once = async () => {
    const c = tf.matMul(a, b);
    await c.data();
    c.dispose();
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await once();
    times.push(performance.now() - t0);
  }
  tf.dispose([a, b]);
  return (2 * size ** 3) / (median(times) / 1000) / 1e9;
}

/** `workloads`: every registered topic's (the bench page gathers them from the topic registry). */
export async function runBench(workloads: BenchWorkload[], opts: { reps: number; quick: boolean; only?: string; onRow?: (r: BenchRow) => void }) {
  const backend = tf.getBackend();
  const rows: BenchRow[] = [];
  for (const w of workloads) {
    if (opts.only && !w.id.includes(opts.only)) continue;
    const job = await w.setup({ quick: opts.quick });
    await job.run(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < opts.reps; i++) {
      const t0 = performance.now();
      await job.run();
      times.push(performance.now() - t0);
    }
    job.dispose();
    const med = median(times);
    const row: BenchRow = {
      id: w.id, demo: w.demo, backend, unit: w.unit, items: job.items, reps: opts.reps,
      medianMs: +med.toFixed(2), minMs: +Math.min(...times).toFixed(2), maxMs: +Math.max(...times).toFixed(2),
      itemsPerSecond: +((job.items * 1000) / med).toFixed(2),
      gflops: job.flops ? +((job.flops / (med / 1000)) / 1e9).toFixed(3) : undefined,
      note: job.note,
    };
    rows.push(row);
    opts.onRow?.(row);
  }
  // what is registered, beside what ran: the bench test compares the two, so no list is typed twice
  const registered = workloads.filter((w) => !opts.only || w.id.includes(opts.only)).map((w) => ({ id: w.id, demo: w.demo }));
  return { backend, matMulGflops: +(await matMulGflops()).toFixed(3), rows, registered, numTensors: tf.memory().numTensors };
}
