/**
 * The three costs of federation as demo runners (see demos.ts for the conventions): expensive
 * communication (compression: accuracy against bytes uploaded), system heterogeneity
 * (stragglers: drop, partial work, FedProx) and privacy (dp-noise: accuracy as σ grows).
 */
import { approxEpsilon } from './dp';
import { BASE_CONFIG, clientsPerRound, type FedConfig, type FedData, type StragglerPolicy } from './fedavg';
import type { PartitionKind, PartitionSpec } from './partition';
import { withSummary } from './demos';
import { lateMean, runSeries, type DemoCallbacks, type Series, type SeriesSpec } from './series';

/**
 * Rounds of every series before each demo's headline, for the default run's first answer within
 * ~20 s on WASM in a browser (the rounds after it refine the numbers; quick runs have fewer
 * rounds than these, so their headline is their end).
 */
export const HEADLINE = { compression: 6, stragglers: 16, dp: 20 };

// ---------------------------------------------------------------------------------------------
// compression: accuracy against bytes

export interface CompressionScheme {
  key: string;
  compress: FedConfig['compress'];
}

export const COMPRESSION_SCHEMES: CompressionScheme[] = [
  { key: 'dense', compress: { kind: 'none' } },
  { key: 'int8', compress: { kind: 'int8' } },
  { key: 'topk-10', compress: { kind: 'topk', fraction: 0.1, errorFeedback: true } },
  { key: 'topk-1', compress: { kind: 'topk', fraction: 0.01, errorFeedback: true } },
  { key: 'topk-1-noef', compress: { kind: 'topk', fraction: 0.01 } },
];

export interface CompressionDemoOptions {
  clients: number;
  fraction: number;
  epochs: number;
  batchSize: number;
  lr: number;
  partition: PartitionKind;
  rounds: number;
  /** rounds of every scheme before the headline (the rest refine it) */
  headlineRounds: number;
  target: number;
  schemes: CompressionScheme[];
  seed: number;
}

/**
 * FedAvg's IID setting and learning rate; only the upload changes. Measured (30 rounds, bytes
 * per client upload → rounds to 92%, upload MB until then, final accuracy): dense 318,040 B →
 * 12, 38.2 MB, 94.1%; 8-bit 79,542 B → 13, 10.3 MB, 94.1%; top-10% + error feedback 63,608 B →
 * 14, 8.9 MB, 93.1%; top-1% + EF 6,368 B → 30, 1.9 MB, 92.0%; top-1% without EF: never (89.6%).
 */
export const COMPRESSION_DEFAULTS: CompressionDemoOptions = {
  clients: 100, fraction: 0.1, epochs: 5, batchSize: 10, lr: 0.5, partition: 'iid', rounds: 30, headlineRounds: HEADLINE.compression,
  target: 0.92, schemes: COMPRESSION_SCHEMES, seed: 1,
};

export const COMPRESSION_QUICK: Partial<CompressionDemoOptions> = { clients: 10, fraction: 0.2, epochs: 1, rounds: 3, target: 0.5 };

export function compressionSpecs(o: CompressionDemoOptions): SeriesSpec[] {
  return o.schemes.map((s) => ({
    key: s.key,
    partition: { kind: o.partition, clients: o.clients, seed: o.seed },
    config: {
      ...BASE_CONFIG, fraction: o.fraction, epochs: o.epochs, batchSize: o.batchSize, lr: o.lr, compress: s.compress, seed: o.seed,
    },
    rounds: o.rounds, headlineRounds: o.headlineRounds, target: o.target,
  }));
}

export interface CompressionDemoResult {
  series: Series[];
  /** upload bytes of one client's update under each scheme */
  bytesPerClient: Record<string, number>;
  /** cumulative upload bytes when the target was first reached (null: not reached) */
  bytesToTarget: Record<string, number | null>;
  roundsToTarget: Record<string, number | null>;
  finalAccuracy: Record<string, number>;
}

export async function runCompressionDemo(
  data: FedData, opts: Partial<CompressionDemoOptions> = {}, cb: DemoCallbacks<CompressionDemoResult> = {},
): Promise<CompressionDemoResult> {
  const o = { ...COMPRESSION_DEFAULTS, ...opts };
  return compressionSummary(await runSeries(data, compressionSpecs(o), withSummary(cb, compressionSummary)));
}

function compressionSummary(series: Series[]): CompressionDemoResult {
  const perClient = (s: Series) => {
    const r = s.result.rounds.find((x) => x.finished.length > 0);
    return r ? r.bytesUp / r.finished.length : 0;
  };
  return {
    series,
    bytesPerClient: Object.fromEntries(series.map((s) => [s.key, perClient(s)])),
    bytesToTarget: Object.fromEntries(series.map((s) => {
      const r = s.result.roundsToTarget;
      return [s.key, r === null ? null : s.result.curve.find((p) => p.round === r)!.bytesUp];
    })),
    roundsToTarget: Object.fromEntries(series.map((s) => [s.key, s.result.roundsToTarget])),
    finalAccuracy: Object.fromEntries(series.map((s) => [s.key, s.result.finalAccuracy])),
  };
}

// ---------------------------------------------------------------------------------------------
// stragglers: drop, partial work, FedProx

export interface StragglerDemoOptions {
  clients: number;
  fraction: number;
  epochs: number;
  batchSize: number;
  lr: number;
  /** probability that a sampled client does not finish */
  stragglerProb: number;
  policies: StragglerPolicy[];
  /** FedProx μ for the 'fedprox' policy */
  mu: number;
  /** also run everyone finishing (p = 0) for reference */
  includeNoStragglers: boolean;
  partition: PartitionKind;
  alpha: number;
  rounds: number;
  /** rounds of every policy before the headline (the rest refine it) */
  headlineRounds: number;
  target: number;
  seed: number;
}

/**
 * Non-IID (2 shards per client), where Li et al. see FedProx help, at FedAvg's IID-tuned
 * η = 0.5: enough local drift that plain FedAvg is unstable on this split even without
 * stragglers (70% after 40 rounds, best 79%). Measured with p = 0.9 (final accuracy, 40 rounds):
 * drop 42%, partial 70%, FedProx μ = 0.1 80%; with p = 0.5: partial 69%, FedProx 87%.
 * At η = 0.2 the split is stable and μ buys nothing (p = 0.9: partial 89.5%, μ = 0.1 88.9%,
 * μ = 1 86.7%; drop 69%) — accepting partial work is then what matters. Interleaved, with the
 * last quarter of each phase on all test digits (seed 1, p = 0.9, mean of the last quarter):
 * after the headline's 16 rounds none 48.9, drop 28.1, partial 50.5, FedProx 64.2%; after 40,
 * 72.0 / 32.0 / 70.2 / 80.3%.
 */
export const STRAGGLER_DEFAULTS: StragglerDemoOptions = {
  clients: 100, fraction: 0.1, epochs: 5, batchSize: 10, lr: 0.5, stragglerProb: 0.9,
  policies: ['drop', 'partial', 'fedprox'], mu: 0.1, includeNoStragglers: true,
  partition: 'shards', alpha: 0.1, rounds: 40, headlineRounds: HEADLINE.stragglers, target: 0.8, seed: 1,
};

export const STRAGGLER_QUICK: Partial<StragglerDemoOptions> = { clients: 10, fraction: 0.3, epochs: 1, rounds: 3, target: 0.5 };

export function stragglerSpecs(o: StragglerDemoOptions): SeriesSpec[] {
  const partition: PartitionSpec = { kind: o.partition, clients: o.clients, alpha: o.alpha, seed: o.seed };
  const base = { ...BASE_CONFIG, fraction: o.fraction, epochs: o.epochs, batchSize: o.batchSize, lr: o.lr, seed: o.seed };
  const specs: SeriesSpec[] = o.policies.map((policy) => ({
    key: policy, partition, rounds: o.rounds, headlineRounds: o.headlineRounds, target: o.target,
    config: { ...base, stragglerProb: o.stragglerProb, stragglerPolicy: policy, mu: policy === 'fedprox' ? o.mu : 0 },
  }));
  if (o.includeNoStragglers) specs.unshift({ key: 'none', partition, rounds: o.rounds, headlineRounds: o.headlineRounds, target: o.target, config: base });
  return specs;
}

export interface StragglerDemoResult {
  series: Series[];
  roundsToTarget: Record<string, number | null>;
  finalAccuracy: Record<string, number>;
  /** mean accuracy over the last quarter of the evaluated rounds: steadier than the last point */
  lateAccuracy: Record<string, number>;
}

export async function runStragglerDemo(
  data: FedData, opts: Partial<StragglerDemoOptions> = {}, cb: DemoCallbacks<StragglerDemoResult> = {},
): Promise<StragglerDemoResult> {
  const o = { ...STRAGGLER_DEFAULTS, ...opts };
  return stragglerSummary(await runSeries(data, stragglerSpecs(o), withSummary(cb, stragglerSummary)));
}

function stragglerSummary(series: Series[]): StragglerDemoResult {
  return {
    series,
    roundsToTarget: Object.fromEntries(series.map((s) => [s.key, s.result.roundsToTarget])),
    finalAccuracy: Object.fromEntries(series.map((s) => [s.key, s.result.finalAccuracy])),
    lateAccuracy: Object.fromEntries(series.map((s) => [s.key, lateMean(s.result.curve)])),
  };
}

// ---------------------------------------------------------------------------------------------
// dp-noise: accuracy as σ grows

export interface DpDemoOptions {
  clients: number;
  fraction: number;
  epochs: number;
  batchSize: number;
  lr: number;
  /** clipping norm S */
  clip: number;
  /** noise multipliers σ to compare */
  sigmas: number[];
  rounds: number;
  /** rounds of every σ before the headline (the rest refine it) */
  headlineRounds: number;
  delta: number;
  seed: number;
}

/**
 * 1,000 clients of 8 digits (IID), C = 0.1 → 100 clients per round: DP needs many clients per
 * round, because the noise on the average is σS/m per coordinate over ~80,000 coordinates. One
 * local epoch of batch 8 (a single step), η = 0.5. S = 1: about the median ‖Δ_k‖ of a
 * noise-free run (1.2 over 50 rounds), so clipping bites for about half the clients. Measured
 * after 50 rounds, σ = 0 / 0.5 / 1 / 2 / 4: 90.4 / 89.3 / 87.2 / 80.5 / 65.7% (unclipped,
 * noise-free FedAvg: 90.3%); approximate ε at δ = 1e-5: ∞ / 33 / 6.8 / 2.2 / 0.95. With the
 * clipped sums formed on the device (fedavg.ts), mean of the last quarter: after the headline's
 * 20 rounds 83.4 / 81.9 / 80.1 / 74.6 / 62.6% (ε ∞ / 20 / 5.0 / 1.5 / 0.62), after 50 rounds
 * 89.4 / 88.6 / 87.1 / 81.7 / 67.6%.
 */
export const DP_DEFAULTS: DpDemoOptions = {
  clients: 1000, fraction: 0.1, epochs: 1, batchSize: 8, lr: 0.5, clip: 1, sigmas: [0, 0.5, 1, 2, 4],
  rounds: 50, headlineRounds: HEADLINE.dp, delta: 1e-5, seed: 1,
};

export const DP_QUICK: Partial<DpDemoOptions> = { fraction: 0.02, sigmas: [0, 1], rounds: 3 };

export function dpSpecs(o: DpDemoOptions): SeriesSpec[] {
  const partition: PartitionSpec = { kind: 'iid', clients: o.clients, seed: o.seed };
  return o.sigmas.map((sigma) => ({
    key: `sigma-${sigma}`, partition, rounds: o.rounds, headlineRounds: o.headlineRounds,
    config: {
      ...BASE_CONFIG, fraction: o.fraction, epochs: o.epochs, batchSize: o.batchSize, lr: o.lr, seed: o.seed,
      dp: { clip: o.clip, noise: sigma },
    },
  }));
}

export interface DpDemoResult {
  series: Series[];
  sigmas: number[];
  /** rounds run so far (the headline's, then all) */
  rounds: number;
  finalAccuracy: number[];
  lateAccuracy: number[];
  /** APPROXIMATE ε at δ for the rounds run (see dp.ts approxEpsilon; Infinity for σ = 0) */
  epsilon: number[];
  /** median pre-clipping ‖Δ_k‖ over the run, per σ */
  medianNorm: number[];
}

export async function runDpDemo(data: FedData, opts: Partial<DpDemoOptions> = {}, cb: DemoCallbacks<DpDemoResult> = {}): Promise<DpDemoResult> {
  const o = { ...DP_DEFAULTS, ...opts };
  const q = clientsPerRound(o.fraction, o.clients) / o.clients;
  const summary = (series: Series[]): DpDemoResult => ({
    series,
    sigmas: o.sigmas,
    rounds: series[0].result.rounds.length,
    finalAccuracy: o.sigmas.map((_, i) => series[i].result.finalAccuracy),
    lateAccuracy: o.sigmas.map((_, i) => lateMean(series[i].result.curve)),
    epsilon: o.sigmas.map((sigma, i) => approxEpsilon({ q, sigma, rounds: series[i].result.rounds.length, delta: o.delta })),
    medianNorm: series.map((s) => {
      const norms = s.result.rounds.flatMap((r) => r.updateNorms ?? []).sort((a, b) => a - b);
      return norms.length ? norms[norms.length >> 1] : NaN;
    }),
  });
  return summary(await runSeries(data, dpSpecs(o), withSummary(cb, summary)));
}
