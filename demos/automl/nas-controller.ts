/**
 * nas-controller: neural architecture search with a controller (Zoph & Le, ICLR 2017) against
 * random search on the same budget (Li & Talwalkar, UAI 2019). Sample by sample, in turn: the
 * policy samples a child CNN, the child trains on the proxy (few digits, few steps, small
 * images), its validation accuracy is the reward, and REINFORCE with a moving-average baseline
 * updates the policy; then random search draws and trains one child. At the end the best of each,
 * and a handful of architectures spread over the proxy ranking, are retrained on the full
 * training set and scored on held-out test digits: the rank correlation says how well the proxy
 * ranks. The view, the bench and the tests call runNas.
 */
import type { MnistSet } from '../data/mnist';
import { runLoop, throwIfAborted } from '../runtime/loop';
import { mulberry32 } from '../runtime/rng';
import { disposeDigits, trainChild, uploadDigits, type DigitSet } from './child';
import { createPolicy, marginals, reinforce, samplePolicy, spearman } from './policy';
import { archKey, decode, DECISIONS, sampleUniform, type Arch, type Choices } from './space';

export interface NasOptions {
  /** children per method (the controller and random search get the same number) */
  samples: number;
  proxyDigits: number;
  proxySteps: number;
  /** proxy image side: 7 or 14 (the full training is at fullSize) */
  size: number;
  batch: number;
  /** REINFORCE step size η and the baseline's decay β */
  policyLr: number;
  decay: number;
  valDigits: number;
  /** the full training: digits, steps, image side; test digits it is scored on */
  fullDigits: number;
  fullSteps: number;
  fullSize: number;
  testDigits: number;
  /** architectures retrained for the rank correlation (the two bests included) */
  rankArchs: number;
  seed: number;
}

export const NAS_DEFAULTS = { samples: 30, proxyDigits: 500, proxySteps: 20, size: 14, batch: 32, policyLr: 3, decay: 0.8, valDigits: 300, fullDigits: 7000, fullSteps: 100, fullSize: 14, testDigits: 2000, rankArchs: 5 };
/** ?quick=1 (browser tests): a few seconds on WASM */
export const NAS_QUICK = { ...NAS_DEFAULTS, samples: 12, proxyDigits: 300, proxySteps: 10, size: 7, valDigits: 200, fullSteps: 40, fullSize: 7, testDigits: 500, rankArchs: 4 };

/** the validation digits come from the end of the training split, never from the test split */
const VAL_START = 7000;

export type Method = 'controller' | 'random';

export interface NasSample {
  method: Method;
  /** 0-based index within its method */
  index: number;
  choices: Choices;
  arch: Arch;
  reward: number;
  /** the controller's baseline before this sample (random search: NaN) */
  baseline: number;
}

export interface FullRow {
  arch: Arch;
  proxy: number;
  full: number;
  role: 'best-controller' | 'best-random' | 'spread';
}

export interface NasResult {
  samples: NasSample[];
  rewardFirst: number;
  rewardLast: number;
  bestController: FullRow;
  bestRandom: FullRow;
  full: FullRow[];
  rankCorr: number;
  marginals: number[][];
}

export interface NasHooks {
  signal?: AbortSignal;
  onProgress?: (f: number) => void;
  onSample?: (s: NasSample, policyMarginals: number[][]) => void;
  onFull?: (r: FullRow) => void;
}

const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0);

/** Mean reward over the first and the last `k` controller samples. */
export function firstLast(rewards: number[], k = 10): [number, number] {
  const n = Math.min(k, rewards.length);
  return [mean(rewards.slice(0, n)), mean(rewards.slice(rewards.length - n))];
}

/** The best per method, then the rest spread evenly over the proxy ranking, distinct architectures. */
export function pickForFullTraining(samples: NasSample[], count: number): { sample: NasSample; role: FullRow['role'] }[] {
  const best = (m: Method) => samples.filter((s) => s.method === m).reduce((a, b) => (b.reward > a.reward ? b : a));
  const chosen: { sample: NasSample; role: FullRow['role'] }[] = [{ sample: best('controller'), role: 'best-controller' }, { sample: best('random'), role: 'best-random' }];
  const seen = new Set(chosen.map((c) => archKey(c.sample.arch)));
  const rest = new Map<string, NasSample>();
  for (const s of samples) if (!seen.has(archKey(s.arch)) && !rest.has(archKey(s.arch))) rest.set(archKey(s.arch), s);
  const ranked = [...rest.values()].sort((a, b) => a.reward - b.reward);
  const need = Math.min(Math.max(0, count - 2), ranked.length);
  for (let i = 0; i < need; i++) chosen.push({ sample: ranked[Math.round((i * (ranked.length - 1)) / Math.max(1, need - 1))], role: 'spread' });
  return chosen;
}

export async function runNas(train: MnistSet, test: MnistSet, o: NasOptions, hooks: NasHooks = {}): Promise<NasResult> {
  const { signal } = hooks;
  if (o.proxyDigits + o.valDigits > train.count || VAL_START + o.valDigits > train.count) throw new Error('not enough training digits for the proxy and validation sets');
  const sets: DigitSet[] = [];
  const up = (set: MnistSet, start: number, n: number, size: number) => { const d = uploadDigits(set, start, n, size); sets.push(d); return d; };
  try {
    const proxy = up(train, 0, o.proxyDigits, o.size);
    const val = up(train, VAL_START, o.valDigits, o.size);
    const policy = createPolicy(DECISIONS);
    const randPolicy = mulberry32(o.seed), randSearch = mulberry32(o.seed + 7919);
    const samples: NasSample[] = [];
    let baseline = NaN;
    const fullCount = Math.max(2, o.rankArchs);
    const total = 2 * o.samples + fullCount * (o.fullSteps / Math.max(1, o.proxySteps));
    const child = { steps: o.proxySteps, batch: o.batch };

    await runLoop({
      steps: 2 * o.samples,
      signal,
      onProgress: (_f, i) => hooks.onProgress?.((i + 1) / total),
      step: async (i) => {
        const index = i >> 1;
        // same initial weights for the i-th child of either method: only the architecture differs
        const seed = o.seed * 1000 + index;
        if (i % 2 === 0) {
          const choices = samplePolicy(policy, randPolicy);
          const arch = decode(choices);
          const reward = await trainChild(arch, proxy, val, { ...child, seed }, signal);
          throwIfAborted(signal);
          const b = Number.isNaN(baseline) ? reward : baseline;
          reinforce(policy, choices, reward, b, o.policyLr);
          const s: NasSample = { method: 'controller', index, choices, arch, reward, baseline: b };
          baseline = o.decay * b + (1 - o.decay) * reward;
          samples.push(s);
          hooks.onSample?.(s, marginals(policy));
        } else {
          const choices = sampleUniform(randSearch);
          const arch = decode(choices);
          const reward = await trainChild(arch, proxy, val, { ...child, seed }, signal);
          throwIfAborted(signal);
          const s: NasSample = { method: 'random', index, choices, arch, reward, baseline: NaN };
          samples.push(s);
          hooks.onSample?.(s, marginals(policy));
        }
      },
    });

    const fullTrain = up(train, 0, Math.min(o.fullDigits, VAL_START), o.fullSize);
    const testSet = up(test, 0, o.testDigits, o.fullSize);
    const picks = pickForFullTraining(samples, fullCount);
    const full: FullRow[] = [];
    for (let j = 0; j < picks.length; j++) {
      const { sample, role } = picks[j];
      const acc = await trainChild(sample.arch, fullTrain, testSet, { steps: o.fullSteps, batch: o.batch, seed: o.seed * 1000 + 999 }, signal);
      throwIfAborted(signal);
      const row: FullRow = { arch: sample.arch, proxy: sample.reward, full: acc, role };
      full.push(row);
      hooks.onFull?.(row);
      hooks.onProgress?.((2 * o.samples + (j + 1) * (o.fullSteps / Math.max(1, o.proxySteps))) / total);
    }
    const rewards = samples.filter((s) => s.method === 'controller').map((s) => s.reward);
    const [rewardFirst, rewardLast] = firstLast(rewards);
    return {
      samples, rewardFirst, rewardLast, full,
      bestController: full[0], bestRandom: full[1],
      rankCorr: spearman(full.map((r) => r.proxy), full.map((r) => r.full)),
      marginals: marginals(policy),
    };
  } finally {
    sets.forEach(disposeDigits);
  }
}
