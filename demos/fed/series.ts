/**
 * Running a demo's list of series on the same data, interleaved round by round, so that their
 * curves grow side by side and the comparison is visible long before the last round. Every
 * series starts from the same seeded model (see demos.ts).
 *
 * Two phases. Headline: every series is brought to its `headlineRounds` (or, with
 * `headlineAtTarget`, until its target is confirmed on the full test set), always advancing the
 * series that is furthest behind in its share of the phase; then `onHeadline` gets every
 * series' result so far. Refinement: the same to each series' `rounds`. Rounds whose accuracy
 * only draws the curve are evaluated on the fixed test subset; the last round of each phase and
 * the last quarter of rounds before it (what `lateMean` averages) on all the test digits.
 */
import { throwIfAborted } from '../runtime/loop';
import type { ClientReport, FedConfig, FedData, RoundStats } from './fedavg';
import { makePartition, type PartitionSpec } from './partition';
import { FederatedRun, type CurvePoint, type RunResult } from './run';

export interface SeriesSpec {
  /** stable id for the view (it translates its own labels) */
  key: string;
  partition: PartitionSpec;
  config: FedConfig;
  rounds: number;
  evalEvery?: number;
  target?: number;
  /** end this series once the target is reached */
  stopAtTarget?: boolean;
  /** rounds before the headline (default: all of them) */
  headlineRounds?: number;
  /** in the headline phase, pause this series once its target is reached */
  headlineAtTarget?: boolean;
}

export interface Series {
  key: string;
  spec: SeriesSpec;
  result: RunResult;
}

export interface DemoProgress {
  /** key of the series this event is about, its position and how many there are */
  series: string;
  index: number;
  of: number;
  /** after every client of a round */
  client?: ClientReport;
  /** after every round (with its curve point when it was evaluated) */
  stats?: RoundStats;
  point?: CurvePoint | null;
  /** the series finished (sent for every series, in order, at the end) */
  done?: Series;
  /** 'headline' until every series has its headline value, then 'refine' */
  phase: 'headline' | 'refine';
  /** the round of this series being run (or just run), and the rounds it runs in this phase */
  round: number;
  rounds: number;
  /** share of all planned rounds done, 0…1 */
  fraction: number;
  /** estimated ms left to the headline (null after it) and to the end, from the measured rates (NaN: no rate yet) */
  msToHeadline: number | null;
  msToEnd: number;
}

export interface DemoCallbacks<H = Series[]> {
  signal?: AbortSignal;
  onProgress?: (p: DemoProgress) => void | Promise<void>;
  /** every series' result once the headline phase is over (refinement follows) */
  onHeadline?: (h: H) => void | Promise<void>;
}

const late = (r: number, n: number) => r > n - Math.max(1, Math.round(n / 4));

/** Runs the series interleaved on the same data; partitions are computed from the training labels. */
export async function runSeries(data: FedData, specs: SeriesSpec[], { signal, onProgress, onHeadline }: DemoCallbacks = {}): Promise<Series[]> {
  const runs: FederatedRun[] = [];
  const H = specs.map((s) => Math.min(s.rounds, s.headlineRounds ?? s.rounds));
  const R = specs.map((s) => s.rounds);
  const totalRounds = R.reduce((a, b) => a + b, 0);
  let phase: 'headline' | 'refine' = 'headline';

  const pausedForHeadline = (i: number) => specs[i].headlineAtTarget === true && runs[i].reached !== null;
  const stopped = (i: number) => specs[i].stopAtTarget === true && runs[i].reached !== null;
  const goal = (i: number) => (phase === 'headline' ? (pausedForHeadline(i) ? runs[i].done : H[i]) : stopped(i) ? runs[i].done : R[i]);
  const rate = (i: number) => {
    const known = runs.filter((r) => r.done > 0);
    if (runs[i].done > 0) return runs[i].wallMs / runs[i].done;
    return known.length ? known.reduce((s, r) => s + r.wallMs / r.done, 0) / known.length : NaN;
  };
  const left = (to: (i: number) => number) => runs.reduce((s, r, i) => s + Math.max(0, to(i) - r.done) * rate(i), 0);
  const progress = (i: number, extra: Partial<DemoProgress>): DemoProgress => {
    const done = runs.reduce((s, r) => s + r.done, 0);
    return {
      series: specs[i].key, index: i, of: specs.length, phase, round: runs[i].done, rounds: phase === 'headline' ? H[i] : R[i],
      fraction: Math.min(1, done / totalRounds),
      msToHeadline: phase === 'headline' ? left((j) => (pausedForHeadline(j) ? runs[j].done : H[j])) : null,
      msToEnd: left((j) => (stopped(j) ? runs[j].done : R[j])),
      ...extra,
    };
  };

  try {
    specs.forEach((spec, i) => {
      const partition = makePartition(data.trainLabels, spec.partition);
      runs.push(new FederatedRun({
        data, partition, config: spec.config, rounds: spec.rounds, evalEvery: spec.evalEvery, target: spec.target, signal,
        onClient: onProgress ? (client) => { void onProgress(progress(i, { client, round: client.round })); } : undefined,
      }));
    });
    for (let i = 0; i < runs.length; i++) {
      const point = await runs[i].start();
      await onProgress?.(progress(i, { point }));
    }
    for (const p of ['headline', 'refine'] as const) {
      phase = p;
      for (;;) {
        throwIfAborted(signal);
        // the series furthest behind in its share of this phase (ties: the first)
        let next = -1, best = Infinity;
        for (let i = 0; i < runs.length; i++) {
          const g = goal(i);
          if (runs[i].done >= g) continue;
          const share = runs[i].done / g;
          if (share < best) { best = share; next = i; }
        }
        if (next < 0) break;
        const r = runs[next].done + 1;
        const full = r === R[next] || r === H[next] || late(r, H[next]) || late(r, R[next]);
        const { stats, point } = await runs[next].step(full);
        await onProgress?.(progress(next, { stats, point }));
      }
      if (p === 'headline') await onHeadline?.(specs.map((spec, i) => ({ key: spec.key, spec, result: runs[i].result() })));
    }
  } finally {
    for (const r of runs) r.dispose();
  }
  const out = specs.map((spec, i) => ({ key: spec.key, spec, result: runs[i].result() }));
  for (let i = 0; i < out.length; i++) await onProgress?.(progress(i, { done: out[i] }));
  return out;
}

/** Mean test accuracy over the last quarter of a curve's evaluated rounds (≥ 1 point). */
export function lateMean(curve: CurvePoint[]): number {
  const pts = curve.slice(1);
  const tail = pts.slice(-Math.max(1, Math.round(pts.length / 4)));
  return tail.reduce((s, p) => s + p.accuracy, 0) / Math.max(1, tail.length);
}
