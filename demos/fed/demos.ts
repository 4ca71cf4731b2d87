/**
 * The five federated-learning demos as configurations and runners: what each view runs by
 * default, and one function per demo that runs its series one after another with progress
 * callbacks and an AbortSignal. Every series starts from the same seeded model and samples the
 * same clients in the same rounds, so the curves differ only by what the demo varies. Here:
 * fedavg and non-iid; compression, stragglers and dp-noise (the costs of federation) are in
 * challenges.ts, the loop over series in series.ts.
 *
 * The series run interleaved, round by round (series.ts): a demo's headline (the comparison it
 * exists to show) comes after its `headlineRounds`, or for fedavg once every method has reached
 * the target, and the remaining rounds refine it. The numbers in the comments were measured in
 * Node (TF.js 4.22 WASM backend, 2 shared cores, seed 1). Whole default runs on WASM: fedavg
 * ~22 s, non-iid ~39 s, compression ~59 s (five schemes), stragglers ~37 s, dp-noise ~36 s
 * (before the DP rounds summed on the device). Each demo's QUICK variant is for the browser tests: the
 * same code paths with K = 10 (DP: 20 clients per round), one local epoch and 2–5 rounds —
 * about a second on WASM with all 8,000 digits, ~15 s for all five on the cpu backend with
 * 1,000 (tests/full/fed-demos.test.ts).
 *
 *   fedavg       FedAvg (E = 5, B = 10) vs FedSGD (E = 1, B = ∞) vs centralised SGD on IID
 *                MNIST, K = 100 clients (or 10), C = 0.1; rounds to the target accuracy and
 *                their ratio. Learning rates tuned per algorithm on a grid, as in the paper.
 *   non-iid      the same FedAvg on IID, Dirichlet(α) and 2-shards-per-client splits.
 *   compression  FedAvg with dense, 8-bit and top-k uploads: accuracy against bytes sent.
 *   stragglers   a fraction p of each round's clients fails to finish, on the shards split:
 *                drop them, accept their partial work, or accept it and train with FedProx μ.
 *   dp-noise     DP-FedAvg: 1,000 clients of 8 digits, 100 per round, updates clipped to S,
 *                Gaussian noise σS on their sum; accuracy as σ grows, with the approximate ε.
 */
import { BASE_CONFIG, type FedData } from './fedavg';
import { labelHistogram, makePartition, type PartitionKind, type PartitionSpec } from './partition';
import { runSeries, type DemoCallbacks, type Series, type SeriesSpec } from './series';

// ---------------------------------------------------------------------------------------------
// fedavg: FedAvg vs FedSGD vs centralised

export interface FedavgDemoOptions {
  /** K: 100 (the paper's) or 10 */
  clients: number;
  /** C */
  fraction: number;
  /** FedAvg's local epochs E and batch B */
  epochs: number;
  batchSize: number;
  /** learning rates, tuned per algorithm (see FEDAVG_DEFAULTS) */
  lrFedavg: number;
  lrFedsgd: number;
  lrCentral: number;
  rounds: { fedavg: number; fedsgd: number; central: number };
  target: number;
  /** which series to run */
  include: ('fedavg' | 'fedsgd' | 'central')[];
  seed: number;
}

/**
 * Learning rates from a grid, best rounds-to-target for each algorithm (K = 100, IID, seed 1):
 * FedAvg η ∈ {0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1} → 0.5 (1 diverges); FedSGD
 * η ∈ {0.3, 0.6, 1, 1.4, 2, 4} → 1 (≥ 2 diverges); centralised η ∈ {0.1, 0.5} → 0.1.
 * Target 92% (the MLP ends near 94–95% on these 8,000 digits): K = 100, FedAvg reaches it in
 * 11–12 rounds and FedSGD in 51–80 (seeds 1–3; seed 1: 12 vs 54, 4.5×); K = 10 (one client per
 * round), 10 vs 60 (6×). The compute-matched centralised baseline needs 3 rounds. The default
 * run (30 + 150 + 10 rounds) takes ~22 s on WASM in Node.
 */
export const FEDAVG_DEFAULTS: FedavgDemoOptions = {
  clients: 100, fraction: 0.1, epochs: 5, batchSize: 10,
  lrFedavg: 0.5, lrFedsgd: 1, lrCentral: 0.1,
  rounds: { fedavg: 30, fedsgd: 150, central: 10 },
  target: 0.92,
  include: ['fedavg', 'fedsgd', 'central'],
  seed: 1,
};

/** Browser tests: K = 10 (1 client per round), one local epoch, a few rounds. */
export const FEDAVG_QUICK: Partial<FedavgDemoOptions> = {
  clients: 10, epochs: 1, rounds: { fedavg: 3, fedsgd: 5, central: 2 }, target: 0.5,
};

export function fedavgSpecs(o: FedavgDemoOptions): SeriesSpec[] {
  const partition: PartitionSpec = { kind: 'iid', clients: o.clients, seed: o.seed };
  const common = { ...BASE_CONFIG, fraction: o.fraction, epochs: o.epochs, batchSize: o.batchSize, seed: o.seed };
  // the headline is the rounds each method needs: a method pauses at the target until all have it
  const all: SeriesSpec[] = (['fedavg', 'fedsgd', 'central'] as const).map((key) => ({
    key, partition, config: { ...common, algorithm: key, lr: { fedavg: o.lrFedavg, fedsgd: o.lrFedsgd, central: o.lrCentral }[key] },
    rounds: o.rounds[key], target: o.target, headlineAtTarget: true,
  }));
  return all.filter((s) => o.include.includes(s.key as 'fedavg'));
}

export interface FedavgDemoResult {
  series: Series[];
  target: number;
  /** rounds to the target (null: not within the rounds run) */
  roundsToTarget: Record<string, number | null>;
  /** FedSGD rounds / FedAvg rounds to the target (null unless both reached it) */
  speedup: number | null;
}

export async function runFedavgDemo(
  data: FedData, opts: Partial<FedavgDemoOptions> = {}, cb: DemoCallbacks<FedavgDemoResult> = {},
): Promise<FedavgDemoResult> {
  const o = { ...FEDAVG_DEFAULTS, ...opts };
  const summary = (series: Series[]): FedavgDemoResult => {
    const roundsToTarget = Object.fromEntries(series.map((s) => [s.key, s.result.roundsToTarget]));
    const a = roundsToTarget.fedavg, b = roundsToTarget.fedsgd;
    return { series, target: o.target, roundsToTarget, speedup: a && b ? b / a : null };
  };
  return summary(await runSeries(data, fedavgSpecs(o), withSummary(cb, summary)));
}

/** A demo's callbacks for runSeries: its headline summarised as the demo's own result. */
export function withSummary<H>(cb: DemoCallbacks<H>, summary: (s: Series[]) => H): DemoCallbacks {
  return { signal: cb.signal, onProgress: cb.onProgress, onHeadline: cb.onHeadline ? (s) => cb.onHeadline!(summary(s)) : undefined };
}

// ---------------------------------------------------------------------------------------------
// non-iid: how the split slows FedAvg down

export interface NonIidDemoOptions {
  clients: number;
  fraction: number;
  epochs: number;
  batchSize: number;
  lr: number;
  /** Dirichlet concentration α */
  alpha: number;
  shardsPerClient: number;
  rounds: number;
  /** rounds of every split before the headline (the rest refine it) */
  headlineRounds: number;
  target: number;
  kinds: PartitionKind[];
  seed: number;
}

/**
 * η = 0.2 for all three splits: the best of {0.1, 0.2, 0.5} on both non-IID splits (0.5 makes
 * the shards split collapse), so the comparison varies the data only. Measured (seed 1, 90%
 * target): IID 8 rounds, Dirichlet(0.1) 28 (3.5×), 2 shards per client 38 (4.75×); accuracy
 * after 40 rounds 93.8 / 90.4 / 89.7%. ~39 s on WASM. The headline after 12 rounds of each
 * split (~13 s in Node): IID has reached the target, and the non-IID splits trail it.
 */
export const NONIID_DEFAULTS: NonIidDemoOptions = {
  clients: 100, fraction: 0.1, epochs: 5, batchSize: 10, lr: 0.2, alpha: 0.1, shardsPerClient: 2,
  rounds: 40, headlineRounds: 12, target: 0.9, kinds: ['iid', 'dirichlet', 'shards'], seed: 1,
};

export const NONIID_QUICK: Partial<NonIidDemoOptions> = { clients: 10, epochs: 1, rounds: 3, target: 0.5 };

export function nonIidSpecs(o: NonIidDemoOptions): SeriesSpec[] {
  return o.kinds.map((kind) => ({
    key: kind,
    partition: { kind, clients: o.clients, alpha: o.alpha, shardsPerClient: o.shardsPerClient, seed: o.seed },
    config: { ...BASE_CONFIG, fraction: o.fraction, epochs: o.epochs, batchSize: o.batchSize, lr: o.lr, seed: o.seed },
    rounds: o.rounds, headlineRounds: o.headlineRounds, target: o.target,
  }));
}

/** Per-client digit counts of a split (K × 10), for the view's histograms; no training. */
export function splitHistograms(labels: ArrayLike<number>, spec: PartitionSpec): number[][] {
  return makePartition(labels, spec).map((p) => labelHistogram(labels, p));
}

export interface NonIidDemoResult {
  series: Series[];
  /** per split: K × 10 digit counts */
  histograms: Record<string, number[][]>;
  roundsToTarget: Record<string, number | null>;
  /** rounds to target relative to IID (null unless both reached it) */
  slowdown: Record<string, number | null>;
  /** accuracy after the last round */
  finalAccuracy: Record<string, number>;
}

export async function runNonIidDemo(
  data: FedData, opts: Partial<NonIidDemoOptions> = {}, cb: DemoCallbacks<NonIidDemoResult> = {},
): Promise<NonIidDemoResult> {
  const o = { ...NONIID_DEFAULTS, ...opts };
  const specs = nonIidSpecs(o);
  const histograms = Object.fromEntries(specs.map((s) => [s.key, splitHistograms(data.trainLabels, s.partition)]));
  const summary = (series: Series[]): NonIidDemoResult => {
    const roundsToTarget = Object.fromEntries(series.map((s) => [s.key, s.result.roundsToTarget]));
    const iid = roundsToTarget.iid;
    return {
      series, histograms, roundsToTarget,
      slowdown: Object.fromEntries(series.map((s) => [s.key, iid && s.result.roundsToTarget ? s.result.roundsToTarget / iid : null])),
      finalAccuracy: Object.fromEntries(series.map((s) => [s.key, s.result.finalAccuracy])),
    };
  };
  return summary(await runSeries(data, specs, withSummary(cb, summary)));
}
