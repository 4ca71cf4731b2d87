/**
 * Trains the models the demos load pre-trained, and writes them with their metrics.json:
 *   public/models/digit-cnn/         the digit CNN the demos attack and explain
 *   public/models/digit-cnn-noise/   the same idea trained with random-noise augmentation (the
 *                                    sweep's "does noise training help?" comparison)
 *   public/models/digit-cam/         a GAP network for 56×56 cluttered digits (CAM localisation)
 *   public/models/mnist-mc/          an MLP with dropout for MC-dropout uncertainty
 *   public/models/digits04-cnn/      a small CNN pre-trained on digits 0–4 only: the few-shot
 *                                    lecture's feature extractor for classes it never saw
 *   public/models/digit-cnn-pgd/     an MLP trained adversarially with PGD (scripts/train/adversarial-pgd.ts)
 *   public/models/digit-ae/          the denoising autoencoder defence   } scripts/train/
 *   public/models/digit-gen/         the VAE decoder (generator) defence } adversarial-defences.ts
 *   each: model.json + weights.bin (TF.js layers format) + metrics.json
 *
 *   npm run train                                  # everything (about 20 + 45 minutes on 2 cores)
 *   npm run train -- --only digit-cnn              # one model (or digit-cnn-noise, digit-cam, digit-cnn-pgd, digit-ae, digit-gen,
 *                                                  # mnist-mc, digits04-cnn)
 *   npm run train -- --only digit-cnn --epochs 2 --out .tmp/x   # a quick look (not for committing)
 *
 * Runs TF.js in Node on the WASM backend (tfjs-node does not install here; the cpu backend's
 * convolution gradients are ~70× slower). WASM lacks Conv2DBackpropFilter, so training goes
 * through demos/runtime/conv-grad.ts; the trained variables are then copied into the layers
 * model the browser loads, and accuracy is measured on that model, so what is reported is what
 * ships.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { conv2dSame } from '../demos/runtime/conv-grad';
import { mulberry32, seededPermutation } from '../demos/runtime/rng';
import { IMAGE_PIXELS, IMAGE_SIZE, SPLIT_SEED, type MnistSet } from '../demos/data/mnist';
import { loadMnistNode } from '../demos/data/mnist-node';
import { DIGIT_CAM, DIGIT_CNN, DIGIT_CNN_NOISE, buildDigitCnn, type DigitCnnConfig } from '../demos/models/digit-cnn';
import { evaluateAccuracy } from '../demos/models/evaluate';
import { CLUTTER_SIZE, CLUTTER_TEST_SEED, clutteredBatch, clutteredTestSet } from '../demos/data/clutter';
import { camNet, localisation } from '../demos/interpret/cam';
import { mlpForward, type Mlp } from '../demos/bayes/mc';
import { MC_MLP, buildMcMlp } from '../demos/models/mc-mlp';
import { DIGITS04_CNN, PRETRAIN_CLASSES, buildFewshotCnn, digitsOf, fewshotLogits } from '../demos/models/fewshot-cnn';

const root = path.resolve(import.meta.dirname, '..');

const argText = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };

interface ModelSpec {
  name: string;
  cfg: DigitCnnConfig;
  epochs: number;
  /** random-noise augmentation amplitude (0: none) */
  noise: number;
  /** 'cluttered': 56×56 cluttered canvases (demos/data/clutter.ts), labels only */
  data?: 'mnist' | 'cluttered';
}

/** What `npm run train` produces. Changing a line here and retraining changes what ships. */
const MODELS: ModelSpec[] = [
  { name: 'digit-cnn', cfg: DIGIT_CNN, epochs: 20, noise: 0 },
  { name: 'digit-cnn-noise', cfg: DIGIT_CNN_NOISE, epochs: 22, noise: 0.3 },
  { name: 'digit-cam', cfg: DIGIT_CAM, epochs: 12, noise: 0, data: 'cluttered' },
];
const BATCH = 64;
const LR = 2e-3;
const SHIFT = 2; // random translation augmentation, pixels
// Random-noise augmentation (digit-cnn-noise): half the images get random ±a sign noise,
// a ~ U(0, noise). That model shrugs off random noise, yet FGSM still breaks it — Goodfellow et
// al.'s point that noise training buys little adversarial robustness.

/** Copies a batch, each image shifted by a random (dx, dy) in [-SHIFT, SHIFT], as floats. */
function augmentedBatch(set: MnistSet, order: Uint32Array, start: number, rand: () => number, noise: number) {
  const x = new Float32Array(BATCH * IMAGE_PIXELS);
  const y = new Int32Array(BATCH);
  for (let b = 0; b < BATCH; b++) {
    const idx = order[(start + b) % order.length];
    y[b] = set.labels[idx];
    const dx = Math.floor(rand() * (2 * SHIFT + 1)) - SHIFT;
    const dy = Math.floor(rand() * (2 * SHIFT + 1)) - SHIFT;
    const src = idx * IMAGE_PIXELS;
    for (let r = 0; r < IMAGE_SIZE; r++) {
      const sr = r - dy;
      if (sr < 0 || sr >= IMAGE_SIZE) continue;
      for (let c = 0; c < IMAGE_SIZE; c++) {
        const sc = c - dx;
        if (sc < 0 || sc >= IMAGE_SIZE) continue;
        x[b * IMAGE_PIXELS + r * IMAGE_SIZE + c] = set.images[src + sr * IMAGE_SIZE + sc] / 255;
      }
    }
    if (noise > 0 && rand() < 0.5) {
      const a = rand() * noise;
      for (let p = b * IMAGE_PIXELS; p < (b + 1) * IMAGE_PIXELS; p++) {
        x[p] = Math.min(1, Math.max(0, x[p] + (rand() < 0.5 ? -a : a)));
      }
    }
  }
  return { x, y };
}

/**
 * One epoch of `steps` optimiser steps (each returns its loss as a scalar). Losses are summed on
 * the device and read back once, so the loop never waits on the backend between steps.
 */
async function runEpoch(steps: number, step: (s: number) => tf.Scalar): Promise<number> {
  let lossSum = tf.scalar(0);
  for (let s = 0; s < steps; s++) {
    const cost = step(s);
    const next = tf.add(lossSum, cost) as tf.Scalar;
    tf.dispose([lossSum, cost]);
    lossSum = next;
  }
  const loss = (await lossSum.data())[0] / steps;
  lossSum.dispose();
  return loss;
}

async function trainDigitCnn(spec: ModelSpec, epochsOverride?: number, outOverride?: string) {
  const EPOCHS = epochsOverride ?? spec.epochs;
  const started = Date.now();
  const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
  const cfg = spec.cfg;
  const cluttered = spec.data === 'cluttered';
  const model = buildDigitCnn(cfg);
  // what the page measures: accuracy, and for the CAM model the localisation rate on 500 canvases
  const clutterTest = cluttered ? clutteredTestSet(test, 500) : null;
  const evaluate = async () => {
    if (!clutterTest) return { testAccuracy: await evaluateAccuracy(model, test) };
    const r = await localisation(camNet(model), clutterTest);
    return { testAccuracy: r.accuracy, localisation: r.rate };
  };
  // The layers model's own (seeded) initial weights become the trainable variables.
  const vars = model.getWeights().map((w, i) => tf.variable(w, true, `w${i}`));
  const nConv = cfg.filters.length;

  const forward = (x: tf.Tensor4D) => {
    let h: tf.Tensor4D = x;
    for (let i = 0; i < nConv; i++) {
      h = tf.relu(tf.add(conv2dSame(h, vars[2 * i] as tf.Tensor4D), vars[2 * i + 1])) as tf.Tensor4D;
      if (i < (cfg.pools ?? nConv - 1)) h = tf.maxPool(h, 2, 2, 'valid');
    }
    const gap = tf.mean(h, [1, 2]) as tf.Tensor2D;
    return tf.add(tf.matMul(gap, vars[2 * nConv] as tf.Tensor2D), vars[2 * nConv + 1]) as tf.Tensor2D;
  };

  const rand = mulberry32(DIGIT_CNN.seed);
  const steps = Math.ceil(train.count / BATCH);
  const optimizer = tf.train.adam(LR);
  const history: { epoch: number; loss: number; testAccuracy: number; seconds: number }[] = [];
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    // cosine decay of the learning rate over the run
    (optimizer as unknown as { learningRate: number }).learningRate = LR * 0.5 * (1 + Math.cos((Math.PI * epoch) / EPOCHS));
    const order = new Uint32Array(train.count).map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const loss = await runEpoch(steps, (s) => {
      // cluttered canvases are drawn afresh every epoch: new places, new fragments
      const b = cluttered
        ? ((c) => ({ x: c.images, y: c.labels }))(clutteredBatch(train, order, s * BATCH, BATCH, Math.floor(rand() * 2 ** 32)))
        : augmentedBatch(train, order, s * BATCH, rand, spec.noise);
      const side = cluttered ? CLUTTER_SIZE : IMAGE_SIZE;
      return tf.tidy(() => {
        const xs = tf.tensor4d(b.x, [BATCH, side, side, 1]);
        const ys = tf.oneHot(tf.tensor1d(Int32Array.from(b.y), 'int32'), 10);
        return optimizer.minimize(() => tf.losses.softmaxCrossEntropy(ys, forward(xs)) as tf.Scalar, true)!;
      });
    });
    model.setWeights(vars);
    const { testAccuracy, localisation: loc } = await evaluate();
    const seconds = (Date.now() - started) / 1000;
    history.push({ epoch: epoch + 1, loss: +loss.toFixed(4), testAccuracy: +testAccuracy.toFixed(4), ...(loc != null ? { localisation: +loc.toFixed(4) } : {}), seconds: +seconds.toFixed(1) });
    console.log(`epoch ${epoch + 1}/${EPOCHS}  loss ${loss.toFixed(4)}  test acc ${(testAccuracy * 100).toFixed(2)}%${loc != null ? `  CAM localisation ${(loc * 100).toFixed(1)}%` : ''}  ${seconds.toFixed(0)} s`);
  }

  model.setWeights(vars);
  const final = await evaluate();
  const testAccuracy = final.testAccuracy;
  const trainAccuracy = cluttered ? null : await evaluateAccuracy(model, train);
  const dir = path.join(root, outOverride ?? `public/models/${spec.name}`);
  await mkdir(dir, { recursive: true });
  const weightBytes = await saveLayersModel(model, dir);
  const metrics = {
    model: spec.name,
    architecture: `conv3×3 ${cfg.filters.join(' → ')} (ReLU; 2×2 max-pool after the first ${cfg.pools ?? nConv - 1}) → global average pooling → dense 10 → softmax`,
    config: cfg,
    parameters: model.countParams(),
    weightBytes,
    data: { source: 'npm:mnist@1.1.0 (10,000 real MNIST digits)', train: train.count, test: test.count, splitSeed: SPLIT_SEED },
    training: { epochs: EPOCHS, batchSize: BATCH, optimizer: 'adam', learningRate: LR, schedule: 'cosine', augmentation: cluttered ? 'a fresh cluttered canvas per digit per epoch (random place, 6 stroke fragments from other digits)' : `random shift ±${SHIFT} px${spec.noise > 0 ? `; random ±a sign noise, a ~ U(0, ${spec.noise}), on half the images` : ''}`, seed: DIGIT_CNN.seed, backend: tf.getBackend() },
    ...(trainAccuracy != null ? { trainAccuracy: +trainAccuracy.toFixed(4) } : {}),
    testAccuracy: +testAccuracy.toFixed(4),
    ...(cluttered ? {
      testSet: `the first 500 held-out digits on cluttered ${CLUTTER_SIZE}×${CLUTTER_SIZE} canvases (demos/data/clutter.ts, seed ${CLUTTER_TEST_SEED})`,
      localisation: +(final.localisation ?? 0).toFixed(4),
      localisationRule: 'the predicted class\'s CAM, upsampled bilinearly to the canvas, peaks inside the digit\'s ink box',
    } : {}),
    history,
    trainingSeconds: Math.round((Date.now() - started) / 1000),
    tfjs: tf.version.tfjs,
  };
  await writeFile(path.join(dir, 'metrics.json'), JSON.stringify(metrics, null, 2) + '\n');
  console.log(`${spec.name}: test accuracy ${(testAccuracy * 100).toFixed(2)}%, ${model.countParams()} parameters, ${weightBytes} bytes`);
  tf.dispose([...vars]);
  model.dispose();
}

/** Writes model.json + weights.bin (TF.js layers format) into dir; returns the weights' size. */
async function saveLayersModel(model: tf.LayersModel, dir: string): Promise<number> {
  let weightBytes = 0;
  await model.save(tf.io.withSaveHandler(async (a) => {
    const weights = new Uint8Array(a.weightData as ArrayBuffer);
    weightBytes = weights.byteLength;
    await writeFile(path.join(dir, 'weights.bin'), weights);
    await writeFile(path.join(dir, 'model.json'), JSON.stringify({
      format: 'layers-model', generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`, convertedBy: null,
      modelTopology: a.modelTopology, weightsManifest: [{ paths: ['weights.bin'], weights: a.weightSpecs }],
    }));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  return weightBytes;
}

/**
 * public/models/mnist-mc: the MC-dropout classifier (demos/models/mc-mlp.ts), trained with
 * dropout 0.5 after each hidden layer through the same seeded dropout the page samples with
 * (demos/bayes/mc.ts), shift augmentation as above.
 */
const MC_EPOCHS = 30;
async function trainMcMlp(epochsOverride?: number, outOverride?: string) {
  const EPOCHS = epochsOverride ?? MC_EPOCHS;
  const started = Date.now();
  const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
  const model = buildMcMlp(MC_MLP);
  const vars = model.getWeights().map((w, i) => tf.variable(w, true, `mc${i}`));
  const net: Mlp = { layers: Array.from({ length: vars.length / 2 }, (_, i) => ({ kernel: vars[2 * i] as tf.Variable<tf.Rank.R2>, bias: vars[2 * i + 1] as tf.Variable<tf.Rank.R1> })) };
  const rand = mulberry32(MC_MLP.seed);
  const steps = Math.ceil(train.count / BATCH);
  const optimizer = tf.train.adam(1e-3);
  const history: { epoch: number; loss: number; testAccuracy: number; seconds: number }[] = [];
  let t = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    (optimizer as unknown as { learningRate: number }).learningRate = 1e-3 * 0.5 * (1 + Math.cos((Math.PI * epoch) / EPOCHS));
    const order = seededPermutation(train.count, MC_MLP.seed + epoch);
    const loss = await runEpoch(steps, (s) => {
      const b = augmentedBatch(train, order, s * BATCH, rand, 0);
      const seed = MC_MLP.seed * 1_000_003 + t++;
      return tf.tidy(() => {
        const xs = tf.tensor2d(b.x, [BATCH, IMAGE_PIXELS]);
        const ys = tf.oneHot(tf.tensor1d(Int32Array.from(b.y), 'int32'), 10);
        return optimizer.minimize(() => tf.losses.softmaxCrossEntropy(ys, mlpForward(net, xs, MC_MLP.rate, seed)) as tf.Scalar, true)!;
      });
    });
    model.setWeights(vars);
    const testAccuracy = await evaluateAccuracy(model, test);
    const seconds = (Date.now() - started) / 1000;
    history.push({ epoch: epoch + 1, loss: +loss.toFixed(4), testAccuracy: +testAccuracy.toFixed(4), seconds: +seconds.toFixed(1) });
    console.log(`epoch ${epoch + 1}/${EPOCHS}  loss ${loss.toFixed(4)}  test acc (plain pass) ${(testAccuracy * 100).toFixed(2)}%  ${seconds.toFixed(0)} s`);
  }
  model.setWeights(vars);
  const testAccuracy = await evaluateAccuracy(model, test);
  const trainAccuracy = await evaluateAccuracy(model, train);
  const dir = path.join(root, outOverride ?? 'public/models/mnist-mc');
  await mkdir(dir, { recursive: true });
  const weightBytes = await saveLayersModel(model, dir);
  const metrics = {
    model: 'mnist-mc',
    architecture: `flatten → ${MC_MLP.hidden.map((h) => `dense ${h} → ReLU → dropout ${MC_MLP.rate}`).join(' → ')} → dense 10 → softmax`,
    config: MC_MLP,
    parameters: model.countParams(),
    weightBytes,
    data: { source: 'npm:mnist@1.1.0 (10,000 real MNIST digits)', train: train.count, test: test.count, splitSeed: SPLIT_SEED },
    training: { epochs: EPOCHS, batchSize: BATCH, optimizer: 'adam', learningRate: 1e-3, schedule: 'cosine', augmentation: `random shift ±${SHIFT} px`, dropout: MC_MLP.rate, seed: MC_MLP.seed, backend: tf.getBackend() },
    trainAccuracy: +trainAccuracy.toFixed(4),
    testAccuracy: +testAccuracy.toFixed(4),
    testAccuracyNote: 'plain pass (dropout off); the page measures the MC-dropout accuracy live',
    history,
    trainingSeconds: Math.round((Date.now() - started) / 1000),
    tfjs: tf.version.tfjs,
  };
  await writeFile(path.join(dir, 'metrics.json'), JSON.stringify(metrics, null, 2) + '\n');
  console.log(`mnist-mc: test accuracy ${(testAccuracy * 100).toFixed(2)}%, ${model.countParams()} parameters, ${weightBytes} bytes`);
  tf.dispose(vars);
  model.dispose();
}

/**
 * public/models/digits04-cnn: the few-shot lecture's extractor (demos/models/fewshot-cnn.ts),
 * pre-trained on the training digits 0–4 ONLY (digits 5–9 are the new task the demos learn from
 * a handful of examples), same recipe as the digit CNN: adam, cosine decay, shift augmentation.
 */
const D04_EPOCHS = 8;
async function trainDigits04Cnn(epochsOverride?: number, outOverride?: string) {
  const EPOCHS = epochsOverride ?? D04_EPOCHS;
  const started = Date.now();
  const cfg = DIGITS04_CNN;
  const [allTrain, allTest] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
  const train = digitsOf(allTrain, PRETRAIN_CLASSES);
  const test = digitsOf(allTest, PRETRAIN_CLASSES);
  const model = buildFewshotCnn(cfg);
  const vars = model.getWeights().map((w, i) => tf.variable(w, true, `d04_${i}`));
  const rand = mulberry32(cfg.seed);
  const steps = Math.ceil(train.count / BATCH);
  const optimizer = tf.train.adam(LR);
  const history: { epoch: number; loss: number; testAccuracy: number; seconds: number }[] = [];
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    (optimizer as unknown as { learningRate: number }).learningRate = LR * 0.5 * (1 + Math.cos((Math.PI * epoch) / EPOCHS));
    const order = seededPermutation(train.count, cfg.seed + epoch);
    const loss = await runEpoch(steps, (s) => {
      const b = augmentedBatch(train, order, s * BATCH, rand, 0);
      return tf.tidy(() => {
        const xs = tf.tensor4d(b.x, [BATCH, IMAGE_SIZE, IMAGE_SIZE, 1]);
        const ys = tf.oneHot(tf.tensor1d(Int32Array.from(b.y), 'int32'), cfg.classes);
        return optimizer.minimize(() => tf.losses.softmaxCrossEntropy(ys, fewshotLogits(vars, xs)) as tf.Scalar, true)!;
      });
    });
    model.setWeights(vars);
    const testAccuracy = await evaluateAccuracy(model, test);
    const seconds = (Date.now() - started) / 1000;
    history.push({ epoch: epoch + 1, loss: +loss.toFixed(4), testAccuracy: +testAccuracy.toFixed(4), seconds: +seconds.toFixed(1) });
    console.log(`epoch ${epoch + 1}/${EPOCHS}  loss ${loss.toFixed(4)}  test acc (0–4) ${(testAccuracy * 100).toFixed(2)}%  ${seconds.toFixed(0)} s`);
  }
  model.setWeights(vars);
  const testAccuracy = await evaluateAccuracy(model, test);
  const trainAccuracy = await evaluateAccuracy(model, train);
  const dir = path.join(root, outOverride ?? 'public/models/digits04-cnn');
  await mkdir(dir, { recursive: true });
  const weightBytes = await saveLayersModel(model, dir);
  const perClass = (s: { labels: Uint8Array }) => Object.fromEntries(PRETRAIN_CLASSES.map((c) => [c, s.labels.filter((l) => l === c).length]));
  const metrics = {
    model: 'digits04-cnn',
    architecture: `conv3×3 ${cfg.filters[0]} ReLU → max-pool 2 → conv3×3 ${cfg.filters[1]} ReLU → max-pool 2 → flatten → dense ${cfg.features} ReLU ('features') → dense ${cfg.classes} ('logits') → softmax`,
    config: cfg,
    parameters: model.countParams(),
    weightBytes,
    data: {
      source: 'npm:mnist@1.1.0 (10,000 real MNIST digits)', splitSeed: SPLIT_SEED,
      classes: [...PRETRAIN_CLASSES],
      note: 'digits 0–4 only; digits 5–9 are never seen in pre-training (they are the few-shot task)',
      train: train.count, trainPerClass: perClass(train), test: test.count, testPerClass: perClass(test),
    },
    training: { epochs: EPOCHS, batchSize: BATCH, optimizer: 'adam', learningRate: LR, schedule: 'cosine', augmentation: `random shift ±${SHIFT} px`, seed: cfg.seed, backend: tf.getBackend() },
    trainAccuracy: +trainAccuracy.toFixed(4),
    testAccuracy: +testAccuracy.toFixed(4),
    testSet: 'the held-out digits 0–4 of the site\'s 2,000-digit test split',
    history,
    trainingSeconds: Math.round((Date.now() - started) / 1000),
    tfjs: tf.version.tfjs,
  };
  await writeFile(path.join(dir, 'metrics.json'), JSON.stringify(metrics, null, 2) + '\n');
  console.log(`digits04-cnn: test accuracy (0–4) ${(testAccuracy * 100).toFixed(2)}%, ${model.countParams()} parameters, ${weightBytes} bytes`);
  tf.dispose(vars);
  model.dispose();
}

setWasmPaths(path.join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
await tf.setBackend('wasm');
const only = argText('only');
const epochs = argText('epochs') ? Number(argText('epochs')) : undefined;
for (const spec of MODELS.filter((m) => !only || m.name === only)) await trainDigitCnn(spec, epochs, argText('out'));
if (!only || only === 'mnist-mc') await trainMcMlp(epochs, argText('out'));
if (!only || only === 'digits04-cnn') await trainDigits04Cnn(epochs, argText('out'));
// the adversarial lecture's part-2 models train in their own scripts (same backend, same data),
// after digit-cnn, which they are measured against; the arguments pass through
const child = (script: string) => execFileSync('npx', ['tsx', path.join(root, script), ...process.argv.slice(2)], { stdio: 'inherit' });
if (!only || only === 'digit-cnn-pgd') child('scripts/train/adversarial-pgd.ts');
if (!only || only === 'digit-ae' || only === 'digit-gen') child('scripts/train/adversarial-defences.ts');
