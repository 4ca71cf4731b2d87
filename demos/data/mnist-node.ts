/** Node-side reader for the packed MNIST files (scripts and unit tests; never bundled). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadMnist, type Split } from './mnist';

export const PUBLIC_DIR = path.resolve(import.meta.dirname ?? '.', '../../public');

export function loadMnistNode(split: Split, publicDir = PUBLIC_DIR) {
  return loadMnist(split, async (p) => new Uint8Array(await readFile(path.join(publicDir, p))));
}
