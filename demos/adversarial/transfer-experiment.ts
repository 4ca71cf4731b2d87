/**
 * The black-box transfer experiment as the page, the bench and the full-tier test run it: train the
 * attacker's two substitutes, then fill the (source, attack, ε) cells in an order that reaches the
 * headline (ε = 0.25) first, then the rest of the transfer matrix, then the ε sweep.
 *
 * Who knows what:
 * - the target is the site's noise-augmented digit CNN (digit-cnn-noise): trained with random ±a
 *   noise, it shrugs off random noise of the attack's size, so the noise control is meaningful (the
 *   plain digit CNN misreads most digits under ±0.25 random signs, which would drown the comparison);
 * - the attacker owns other digits (held-out digits 1000–1999, never seen by the target) and may
 *   query the target for its answers, as Papernot et al. (2017) assume; it never sees its weights;
 * - substitute `linear` (softmax regression) learns the attacker's digits with their true labels,
 *   substitute `mlp` (one hidden layer) learns them with the labels the target returned, both live;
 * - substitute `cnn` is a convolutional network the attacker trained beforehand for the same task
 *   (the site's plain digit CNN: another architecture, another recipe, no noise augmentation);
 * - the attacks are then evaluated on the first `evalDigits` held-out digits (0…), disjoint from both.
 */
import type * as tf from '@tensorflow/tfjs';
import type { LogitsFn } from './fgsm';
import { accuracyOf, queryLabels, trainSubstitute, transferErrors, type AttackKind, type Substitute } from './transfer';

export const TRANSFER_EPS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3] as const;
export const HEADLINE_EPS = 0.25;
export const SOURCES = ['linear', 'mlp', 'cnn', 'target', 'noise'] as const;
export const TARGETS = ['target', 'cnn', 'linear', 'mlp'] as const;
/** the substitutes a black-box attacker can use (not the target itself, not noise) */
export const SUBSTITUTES = ['linear', 'mlp', 'cnn'] as const;
export type SourceName = (typeof SOURCES)[number];
export type TargetName = (typeof TARGETS)[number];

export interface TransferConfig {
  evalDigits: number;
  /** the attacker's own digits start here in the held-out set */
  attackerStart: number;
  attackerDigits: number;
  epochs: number;
  pgdSteps: number;
  seed: number;
  /** sweep the ε grid after the headline (the page does; the full-tier test may not need it) */
  sweep: boolean;
}

export const TRANSFER_DEFAULT: TransferConfig = { evalDigits: 200, attackerStart: 1000, attackerDigits: 1000, epochs: 8, pgdSteps: 10, seed: 1234, sweep: true };
// the browser tests' workload: small enough that the contract's two runs stay a few seconds each
export const TRANSFER_QUICK: TransferConfig = { ...TRANSFER_DEFAULT, evalDigits: 50, attackerDigits: 500, epochs: 3, pgdSteps: 5, sweep: false };

export interface Cell {
  source: SourceName;
  attack: Exclude<AttackKind, 'noise'>;
  eps: number;
  /** error rate of each target evaluated on this cell (the sweep evaluates the target only) */
  errors: Partial<Record<TargetName, number>>;
}

export type TransferEvent =
  | { kind: 'substitute'; name: 'linear' | 'mlp'; epoch: number; epochs: number; loss: number }
  | { kind: 'substitutes'; accuracy: { linear: number; mlp: number }; agreement: number; queries: number }
  /** work: the cells' estimated cost so far and in all (relative units, see cellCost), for a time-left estimate */
  | { kind: 'cell'; cell: Cell; done: number; total: number; work: number; workTotal: number };

export interface TransferData {
  target: LogitsFn;
  /** the attacker's own pre-trained CNN (the site's plain digit CNN) */
  attackerCnn: LogitsFn;
  /** held-out digits as floats, and their labels */
  images: Float32Array;
  labels: Uint8Array;
}

/** The cells in run order: headline cells first, the rest of the matrix, then the sweep. */
export function transferPlan(cfg: TransferConfig): { source: SourceName; attack: 'fgsm' | 'pgd'; eps: number; matrix: boolean }[] {
  const head = (source: SourceName, attack: 'fgsm' | 'pgd') => ({ source, attack, eps: HEADLINE_EPS, matrix: true });
  const plan = [
    head('noise', 'fgsm'), head('mlp', 'fgsm'), head('linear', 'fgsm'), head('cnn', 'fgsm'), head('target', 'fgsm'),
    head('mlp', 'pgd'), head('linear', 'pgd'), head('cnn', 'pgd'), head('target', 'pgd'),
  ];
  if (!cfg.sweep) return plan;
  const rest = TRANSFER_EPS.filter((e) => e !== HEADLINE_EPS && e !== 0);
  // cheap sources first; PGD through the CNNs costs most, so it comes last
  for (const attack of ['fgsm', 'pgd'] as const) {
    for (const source of ['noise', 'mlp', 'linear', 'cnn', 'target'] as const) {
      if (source === 'noise' && attack === 'pgd') continue;
      for (const eps of rest) plan.push({ source, attack, eps, matrix: false });
    }
  }
  return plan;
}

/**
 * Relative cost of a cell, measured on WASM in Node (a matrix cell's four target evaluations = 1):
 * one gradient pass through a CNN source about 4.5, through a dense substitute about 0.15; PGD
 * makes `pgdSteps` passes; a sweep cell evaluates the target only (about 0.5).
 */
export function cellCost(p: { source: SourceName; attack: 'fgsm' | 'pgd'; matrix: boolean }, pgdSteps: number): number {
  const pass = p.source === 'cnn' || p.source === 'target' ? 4.5 : 0.15;
  const passes = p.source === 'noise' ? 0 : p.attack === 'pgd' ? pgdSteps : 1;
  return pass * passes + (p.matrix ? 1 : 0.5);
}

/**
 * The page's headline numbers from the cells so far (null until their cells are in): the black-box
 * attacker's best substitute and attack, the white-box attacker's stronger attack, and the noise.
 * `partial`: as soon as the noise and every source has one attack at ε = 0.25 (the FGSM cells come
 * first, PGD through the CNNs last), with `complete` false until every PGD cell is in too; the
 * numbers can only go up as PGD cells arrive (each is a max over the attacks so far).
 */
export function headline(cells: Cell[], partial = false): { transfer: number; whitebox: number; noise: number; best: SourceName; complete: boolean } | null {
  const at = (s: SourceName, a: 'fgsm' | 'pgd') => cells.find((c) => c.source === s && c.attack === a && c.eps === HEADLINE_EPS)?.errors.target;
  const noise = at('noise', 'fgsm');
  const both = (s: SourceName) => [at(s, 'fgsm'), at(s, 'pgd')];
  const complete = (['target', ...SUBSTITUTES] as const).every((s) => both(s).every((x) => x != null));
  const best = (s: SourceName) => Math.max(...both(s).filter((x): x is number => x != null));
  const ready = partial ? (['target', ...SUBSTITUTES] as const).every((s) => both(s).some((x) => x != null)) : complete;
  if (noise == null || !ready) return null;
  const subs = SUBSTITUTES.map((s) => ({ s, e: best(s) }));
  const top = subs.reduce((a, b) => (b.e > a.e ? b : a));
  return { transfer: top.e, whitebox: best('target'), noise, best: top.s, complete };
}

/** Runs the whole experiment; returns the substitutes' weights for the caller to dispose. */
export async function runTransfer(
  data: TransferData, cfg: TransferConfig, onEvent: (e: TransferEvent) => void,
  opts: { signal?: AbortSignal; yieldFn?: () => Promise<void> } = {},
): Promise<{ cells: Cell[]; substitutes: Substitute[] }> {
  const a0 = cfg.attackerStart * 784;
  const attackerX = data.images.subarray(a0, a0 + cfg.attackerDigits * 784);
  const attackerY = data.labels.subarray(cfg.attackerStart, cfg.attackerStart + cfg.attackerDigits);
  const evalX = data.images.subarray(0, cfg.evalDigits * 784);
  const evalY = data.labels.subarray(0, cfg.evalDigits);
  const substitutes: Substitute[] = [];
  const release = () => substitutes.forEach((s) => s.vars.forEach((v: tf.Variable) => v.dispose()));
  try {
    const linear = await trainSubstitute(attackerX, attackerY, [], {
      epochs: cfg.epochs, seed: cfg.seed, signal: opts.signal, yieldFn: opts.yieldFn,
      onEpoch: (epoch, loss) => onEvent({ kind: 'substitute', name: 'linear', epoch: epoch + 1, epochs: cfg.epochs, loss }),
    });
    substitutes.push(linear);
    // the black-box part: the attacker's only access to the target is its answers
    const answers = await queryLabels(data.target, attackerX);
    const mlp = await trainSubstitute(attackerX, answers, [128], {
      epochs: cfg.epochs, seed: cfg.seed + 1, signal: opts.signal, yieldFn: opts.yieldFn,
      onEpoch: (epoch, loss) => onEvent({ kind: 'substitute', name: 'mlp', epoch: epoch + 1, epochs: cfg.epochs, loss }),
    });
    substitutes.push(mlp);
    const [accLinear, accMlp] = [await accuracyOf(linear.logits, evalX, evalY), await accuracyOf(mlp.logits, evalX, evalY)];
    const agreement = answers.reduce((s, a, i) => s + (a === attackerY[i] ? 1 : 0), 0) / answers.length;
    onEvent({ kind: 'substitutes', accuracy: { linear: accLinear, mlp: accMlp }, agreement, queries: answers.length });

    const models: Record<TargetName, LogitsFn> = { target: data.target, cnn: data.attackerCnn, linear: linear.logits, mlp: mlp.logits };
    const sourceOf = (s: SourceName) => (s === 'noise' ? null : models[s]);
    const plan = transferPlan(cfg);
    const workTotal = plan.reduce((w, p) => w + cellCost(p, cfg.pgdSteps), 0);
    let work = 0;
    const cells: Cell[] = [];
    for (const [i, p] of plan.entries()) {
      const targets: TargetName[] = p.matrix ? [...TARGETS] : ['target'];
      const kind: AttackKind = p.source === 'noise' ? 'noise' : p.attack;
      const errs = await transferErrors(kind, sourceOf(p.source), targets.map((t) => models[t]), evalX, evalY, p.eps, {
        pgdSteps: cfg.pgdSteps, seed: cfg.seed + 7919 * i, signal: opts.signal, yieldFn: opts.yieldFn,
      });
      const cell: Cell = { source: p.source, attack: p.attack, eps: p.eps, errors: Object.fromEntries(targets.map((t, k) => [t, errs[k]])) };
      cells.push(cell);
      work += cellCost(p, cfg.pgdSteps);
      onEvent({ kind: 'cell', cell, done: i + 1, total: plan.length, work, workTotal });
    }
    return { cells, substitutes };
  } catch (e) {
    release();
    throw e;
  }
}

/** Clean error of the target (ε = 0), the same for every source: measured once. */
export async function cleanError(target: LogitsFn, images: Float32Array, labels: Uint8Array, evalDigits: number): Promise<number> {
  return 1 - (await accuracyOf(target, images.subarray(0, evalDigits * 784), labels.subarray(0, evalDigits)));
}
