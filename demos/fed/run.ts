/**
 * A whole federated run: R rounds from a fresh seeded model, the test accuracy after each
 * evaluated round (the curve the views draw), bytes and time so far, and the rounds to a target.
 * `FederatedRun` advances one round at a time, so a demo can interleave several runs round by
 * round (series.ts); `runFederated` is the plain loop.
 *
 * Evaluation: on all the test digits (`full`), or on the fixed subset `data.sub` (the first 500),
 * ~4× cheaper, for the rounds whose number only draws the curve. A run with a target confirms it
 * on the full set: whenever the subset comes within TARGET_MARGIN of the target, the full set is
 * evaluated too, and only a full-set accuracy ≥ target counts as reaching it.
 */
import { throwIfAborted } from '../runtime/loop';
import {
  createFedState, disposeFedState, fedRound, type ClientReport, type FedConfig, type FedData, type FedState, type RoundStats,
} from './fedavg';
import { accuracy } from './model';
import type { Partition } from './partition';

export interface CurvePoint {
  round: number;
  /** test accuracy after this round (round 0: the initial model) */
  accuracy: number;
  /** true when `accuracy` is on the fixed test subset rather than all the test digits */
  subset?: boolean;
  /** cumulative bytes up to and including this round */
  bytesUp: number;
  bytesDown: number;
  /** cumulative wall time of the rounds (evaluation excluded) */
  ms: number;
}

/** 3 points: about 2.5 standard errors of a 500-digit accuracy near 92% */
export const TARGET_MARGIN = 0.03;

export interface RunOptions {
  data: FedData;
  partition: Partition;
  config: FedConfig;
  rounds: number;
  /** evaluate every this many rounds (default 1); the last round is always evaluated */
  evalEvery?: number;
  /** accuracy target for roundsToTarget; with stopAtTarget, the run ends when it is reached */
  target?: number;
  stopAtTarget?: boolean;
  signal?: AbortSignal;
  onClient?: (r: ClientReport) => void;
}

export interface RunResult {
  curve: CurvePoint[];
  rounds: RoundStats[];
  /** first round whose full-test-set accuracy is ≥ target (null: not reached, or no target) */
  roundsToTarget: number | null;
  /** accuracy at the last evaluated round */
  finalAccuracy: number;
  /** median wall time of a round, evaluation excluded */
  msPerRound: number;
}

/** One run, advanced a round at a time; `dispose` frees its model (call it in a finally). */
export class FederatedRun {
  readonly curve: CurvePoint[] = [];
  readonly rounds: RoundStats[] = [];
  reached: number | null = null;
  /** wall time of the rounds and their evaluations so far (for time-left estimates) */
  wallMs = 0;
  private state: FedState;
  private up = 0;
  private down = 0;
  private ms = 0;

  constructor(readonly opts: RunOptions) {
    this.state = createFedState(opts.config);
  }

  get done() { return this.state.round; }

  private async evaluate(full: boolean): Promise<{ accuracy: number; subset: boolean }> {
    const { data } = this.opts;
    const sub = data.sub;
    if (full || !sub || sub.n === data.test.n) return { accuracy: await accuracy(this.state.weights, data.test.x, data.test.labels), subset: false };
    return { accuracy: await accuracy(this.state.weights, sub.x, sub.labels), subset: true };
  }

  /** The initial model's point (round 0), on the subset. */
  async start(): Promise<CurvePoint> {
    const e = await this.evaluate(false);
    const p = { round: 0, ...e, bytesUp: 0, bytesDown: 0, ms: 0 };
    this.curve.push(p);
    return p;
  }

  /** One round, then its evaluation when due (`full`: on all the test digits). */
  async step(full = true): Promise<{ stats: RoundStats; point: CurvePoint | null }> {
    const t0 = performance.now();
    const { data, partition, config, rounds, evalEvery = 1, target, signal, onClient } = this.opts;
    const stats = await fedRound(data, partition, this.state, config, { signal, onClient });
    this.rounds.push(stats);
    this.up += stats.bytesUp;
    this.down += stats.bytesDown;
    this.ms += stats.ms;
    const r = this.state.round;
    let point: CurvePoint | null = null;
    if (r % evalEvery === 0 || r === rounds || full) {
      let e = await this.evaluate(full);
      if (e.subset && target !== undefined && this.reached === null && e.accuracy >= target - TARGET_MARGIN) e = await this.evaluate(true);
      point = { round: r, ...e, bytesUp: this.up, bytesDown: this.down, ms: this.ms };
      this.curve.push(point);
      if (target !== undefined && this.reached === null && !e.subset && e.accuracy >= target) this.reached = r;
    }
    this.wallMs += performance.now() - t0;
    return { stats, point };
  }

  result(): RunResult {
    const times = this.rounds.map((s) => s.ms).sort((a, b) => a - b);
    return {
      curve: this.curve.slice(),
      rounds: this.rounds.slice(),
      roundsToTarget: this.reached,
      finalAccuracy: this.curve[this.curve.length - 1].accuracy,
      msPerRound: times.length ? times[Math.floor(times.length / 2)] : NaN,
    };
  }

  dispose() {
    disposeFedState(this.state);
  }
}

/**
 * R rounds from a fresh, seeded model, the full test accuracy read back every `evalEvery`
 * rounds (one read-back each). `onRound` sees each round's statistics and, when it was
 * evaluated, its curve point. The model is disposed at the end (or on abort).
 */
export async function runFederated(
  opts: RunOptions,
  onRound?: (stats: RoundStats, point: CurvePoint | null) => void | Promise<void>,
): Promise<RunResult> {
  const { rounds, target, stopAtTarget = false, signal } = opts;
  const run = new FederatedRun(opts);
  try {
    await run.start();
    for (let r = 1; r <= rounds; r++) {
      const { stats, point } = await run.step(r % (opts.evalEvery ?? 1) === 0 || r === rounds);
      await onRound?.(stats, point);
      if (stopAtTarget && target !== undefined && run.reached !== null) break;
      throwIfAborted(signal);
    }
  } finally {
    run.dispose();
  }
  return run.result();
}

/** The first evaluated round whose accuracy is ≥ target; null if none is. */
export function roundsToTarget(curve: { round: number; accuracy: number }[], target: number): number | null {
  for (const p of curve) if (p.accuracy >= target) return p.round;
  return null;
}
