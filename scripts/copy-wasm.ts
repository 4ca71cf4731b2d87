/**
 * Copies TF.js's WASM binaries from the installed @tensorflow/tfjs-backend-wasm into
 * public/tfjs-wasm/ so the site serves them itself (no CDN); demos/runtime calls setWasmPaths
 * with that folder before the backend starts.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const from = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
const to = path.join(root, 'public/tfjs-wasm');

const files = (await readdir(from)).filter((f) => f.endsWith('.wasm'));
if (files.length === 0) throw new Error(`no .wasm files in ${from}`);
await mkdir(to, { recursive: true });
for (const f of files) await copyFile(path.join(from, f), path.join(to, f));
console.log(`copy-wasm: ${files.join(', ')} → public/tfjs-wasm/`);
