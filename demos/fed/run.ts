/**
 * A whole federated run: R rounds from a fresh seeded model, the test accuracy after each
 * evaluated round (the curve the views draw), bytes and time so far, and the rounds to a target.
 */
import { throwIfAborted } from '../runtime/loop';
import {
  createFedState, disposeFedState, fedRound, type ClientReport, type FedConfig, type FedData, type RoundStats,
} from './fedavg';
import { accuracy } from './model';
import type { Partition } from './partition';

export interface CurvePoint {
  round: number;
  /** test accuracy after this round (round 0: the initial model) */
  accuracy: number;
  /** cumulative bytes up to and including this round */
  bytesUp: number;
  bytesDown: number;
  /** cumulative wall time of the rounds (evaluation excluded) */
  ms: number;
}

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
  /** first evaluated round with accuracy ≥ target (null: not reached, or no target) */
  roundsToTarget: number | null;
  finalAccuracy: number;
  /** median wall time of a round, evaluation excluded */
  msPerRound: number;
}

/**
 * R rounds from a fresh, seeded model, the test accuracy read back every `evalEvery` rounds
 * (one read-back each). `onRound` sees each round's statistics and, when it was evaluated, its
 * curve point. The model is disposed at the end (or on abort).
 */
export async function runFederated(
  opts: RunOptions,
  onRound?: (stats: RoundStats, point: CurvePoint | null) => void | Promise<void>,
): Promise<RunResult> {
  const { data, partition, config, rounds, evalEvery = 1, target, stopAtTarget = false, signal, onClient } = opts;
  const state = createFedState(config);
  const curve: CurvePoint[] = [];
  const all: RoundStats[] = [];
  let up = 0, down = 0, ms = 0;
  try {
    curve.push({ round: 0, accuracy: await accuracy(state.weights, data.test.x, data.test.labels), bytesUp: 0, bytesDown: 0, ms: 0 });
    for (let r = 1; r <= rounds; r++) {
      const stats = await fedRound(data, partition, state, config, { signal, onClient });
      all.push(stats);
      up += stats.bytesUp;
      down += stats.bytesDown;
      ms += stats.ms;
      let point: CurvePoint | null = null;
      if (r % evalEvery === 0 || r === rounds) {
        point = { round: r, accuracy: await accuracy(state.weights, data.test.x, data.test.labels), bytesUp: up, bytesDown: down, ms };
        curve.push(point);
      }
      await onRound?.(stats, point);
      if (stopAtTarget && target !== undefined && point && point.accuracy >= target) break;
      throwIfAborted(signal);
    }
  } finally {
    disposeFedState(state);
  }
  const times = all.map((s) => s.ms).sort((a, b) => a - b);
  return {
    curve,
    rounds: all,
    roundsToTarget: target === undefined ? null : roundsToTarget(curve, target),
    finalAccuracy: curve[curve.length - 1].accuracy,
    msPerRound: times.length ? times[Math.floor(times.length / 2)] : NaN,
  };
}

/** The first evaluated round whose accuracy is ≥ target; null if none is. */
export function roundsToTarget(curve: { round: number; accuracy: number }[], target: number): number | null {
  for (const p of curve) if (p.accuracy >= target) return p.round;
  return null;
}
