/**
 * Running a demo's list of series one after another on the same data, with progress callbacks and
 * an AbortSignal; every series starts from the same seeded model (see demos.ts).
 */
import { throwIfAborted } from '../runtime/loop';
import type { ClientReport, FedConfig, FedData, RoundStats } from './fedavg';
import { makePartition, type PartitionSpec } from './partition';
import { runFederated, type CurvePoint, type RunResult } from './run';

export interface SeriesSpec {
  /** stable id for the view (it translates its own labels) */
  key: string;
  partition: PartitionSpec;
  config: FedConfig;
  rounds: number;
  evalEvery?: number;
  target?: number;
  /** end this series once the target is reached (saves time in the rounds-to-target demos) */
  stopAtTarget?: boolean;
}

export interface Series {
  key: string;
  spec: SeriesSpec;
  result: RunResult;
}

export interface DemoProgress {
  /** key of the running series, its position and how many there are */
  series: string;
  index: number;
  of: number;
  /** after every client of a round */
  client?: ClientReport;
  /** after every round (with its curve point when it was evaluated) */
  stats?: RoundStats;
  point?: CurvePoint | null;
  /** the series just finished */
  done?: Series;
}

export interface DemoCallbacks {
  signal?: AbortSignal;
  onProgress?: (p: DemoProgress) => void | Promise<void>;
}

/** Runs the series in order on the same data; partitions are computed from the training labels. */
export async function runSeries(data: FedData, specs: SeriesSpec[], { signal, onProgress }: DemoCallbacks = {}): Promise<Series[]> {
  const out: Series[] = [];
  for (let i = 0; i < specs.length; i++) {
    throwIfAborted(signal);
    const spec = specs[i];
    const partition = makePartition(data.trainLabels, spec.partition);
    const meta = { series: spec.key, index: i, of: specs.length };
    const result = await runFederated(
      {
        data, partition, config: spec.config, rounds: spec.rounds, evalEvery: spec.evalEvery, target: spec.target,
        stopAtTarget: spec.stopAtTarget, signal,
        onClient: onProgress ? (client) => { void onProgress({ ...meta, client }); } : undefined,
      },
      onProgress ? (stats, point) => onProgress({ ...meta, stats, point }) : undefined,
    );
    const s = { key: spec.key, spec, result };
    out.push(s);
    await onProgress?.({ ...meta, done: s });
  }
  return out;
}

/** Mean test accuracy over the last quarter of a curve's evaluated rounds (≥ 1 point). */
export function lateMean(curve: CurvePoint[]): number {
  const pts = curve.slice(1);
  const tail = pts.slice(-Math.max(1, Math.round(pts.length / 4)));
  return tail.reduce((s, p) => s + p.accuracy, 0) / Math.max(1, tail.length);
}
