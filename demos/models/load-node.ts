/**
 * Node-side twin of load.ts: a committed model read from public/models/<name>/ on disk (the
 * browser fetches the same two files). For unit tests and scripts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { PUBLIC_DIR } from '../data/mnist-node';

export async function loadModelNode(name: string, publicDir = PUBLIC_DIR): Promise<tf.LayersModel> {
  const dir = path.join(publicDir, 'models', name);
  const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8'));
  const weights = readFileSync(path.join(dir, 'weights.bin'));
  return tf.loadLayersModel(tf.io.fromMemory({
    modelTopology: json.modelTopology,
    weightSpecs: json.weightsManifest[0].weights,
    weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
  }));
}
