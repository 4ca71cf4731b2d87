import * as tf from '@tensorflow/tfjs';
import { beforeAll } from 'vitest';

// Unit tests run on TF.js's plain-JS `cpu` backend: deterministic, and the same in CI.
beforeAll(async () => {
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  await tf.ready();
});
