/** Reading the site's own files from the browser, with errors a student can act on. */
import { loadMnist, type MnistSet, type Split } from './mnist';

export class LoadError extends Error {
  constructor(public path: string, detail: string) {
    super(`${path}: ${detail}`);
    this.name = 'LoadError';
  }
}

export async function fetchBytes(path: string, base = '/'): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(base + path);
  } catch (e) {
    throw new LoadError(path, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new LoadError(path, `HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

const cache = new Map<Split, Promise<MnistSet>>();

/** The packed MNIST split, fetched once per page and shared by every demo on it. */
export function mnistFromSite(split: Split): Promise<MnistSet> {
  let p = cache.get(split);
  if (!p) {
    p = loadMnist(split, (path) => fetchBytes(path));
    p.catch(() => cache.delete(split)); // a failed download can be retried
    cache.set(split, p);
  }
  return p;
}
