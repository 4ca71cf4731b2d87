'use client';
/** Runs demos/bench on this page's backend and publishes the result for scripts/bench.ts. */
import { useEffect, useState } from 'react';

export function BenchRunner() {
  const [text, setText] = useState('starting…');
  const [state, setState] = useState<'running' | 'done' | 'error'>('running');
  useEffect(() => {
    (async () => {
      try {
        const q = new URLSearchParams(location.search);
        const { readBackendParam } = await import('@/demos/runtime/params');
        const forced = readBackendParam(location.search).backend;
        const runtime = await import('@/demos/runtime/backend');
        const { hasHardwareWebGpu } = await import('@/components/demo/browser');
        const choice = await runtime.initBackend({ forced, hardwareWebGpu: hasHardwareWebGpu });
        const { runBench } = await import('@/demos/bench/run');
        // every registered topic's workloads (demos/<topic>/index.ts), loaded only here
        const { TOPICS } = await import('@/components/demo/registry');
        const workloads = (await Promise.all(TOPICS.map((t) => t.workloads?.() ?? []))).flat();
        const reps = Math.min(50, Math.max(1, Number(q.get('reps')) || 5));
        const lines: string[] = [`backend ${choice.backend}`];
        const result = await runBench(workloads, {
          reps, quick: q.get('quick') === '1', only: q.get('only') ?? undefined,
          onRow: (r) => { lines.push(`${r.id}: median ${r.medianMs} ms (${r.itemsPerSecond} ${r.unit}/s)`); setText(lines.join('\n')); },
        });
        (window as unknown as { __bench: unknown }).__bench = result;
        setText(JSON.stringify(result, null, 2));
        setState('done');
      } catch (e) {
        (window as unknown as { __bench: unknown }).__bench = { error: e instanceof Error ? e.message : String(e) };
        setText(String(e));
        setState('error');
      }
    })();
  }, []);
  return <pre data-bench-state={state}>{text}</pre>;
}
