/**
 * URL parameters, read defensively: anything a shared link can carry (`?backend=`, `?seed=`,
 * a demo's `#…` hash) is untrusted text. Every reader returns a value the demo can use plus, when
 * the text was unusable, a notice to show the student — never an exception.
 */
import { DEFAULT_SEED, parseSeed } from './rng';

export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

export interface Notice {
  /** key into the UI dictionary (content/i18n.ts), with values to fill in */
  key: 'badBackend' | 'badSeed' | 'badHash' | 'outOfRange' | 'badNumber' | 'badChoice';
  values: Record<string, string | number>;
}

export function isBackendName(s: unknown): s is BackendName {
  return typeof s === 'string' && (BACKENDS as readonly string[]).includes(s);
}

export function readBackendParam(search: string): { backend: BackendName | null; notice?: Notice } {
  const raw = new URLSearchParams(search).get('backend');
  if (raw == null || raw === '' || raw === 'auto') return { backend: null };
  const v = raw.trim().toLowerCase();
  if (isBackendName(v)) return { backend: v };
  return { backend: null, notice: { key: 'badBackend', values: { value: raw.slice(0, 40) } } };
}

export function readSeedParam(search: string): { seed: number; notice?: Notice } {
  const raw = new URLSearchParams(search).get('seed');
  if (raw == null) return { seed: DEFAULT_SEED };
  const s = parseSeed(raw);
  if (s == null) return { seed: DEFAULT_SEED, notice: { key: 'badSeed', values: { value: raw.slice(0, 40), seed: DEFAULT_SEED } } };
  return { seed: s };
}

/**
 * A demo's own parameters live in the hash as `#<demo>.<name>=<value>&…`, so one link can set
 * several demos on a page. Returns the parameters for `demo` only.
 */
export function readHashParams(hash: string, demo: string): { params: Map<string, string>; notice?: Notice } {
  const params = new Map<string, string>();
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return { params };
  try {
    text = decodeURIComponent(text);
  } catch {
    return { params, notice: { key: 'badHash', values: {} } };
  }
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    if (key.startsWith(`${demo}.`)) params.set(key.slice(demo.length + 1), part.slice(eq + 1));
  }
  return { params };
}

/** A number from untrusted text, clamped into [min, max]; says so when it had to. */
export function readNumber(
  raw: string | undefined, name: string, dflt: number, min: number, max: number,
): { value: number; notice?: Notice } {
  if (raw == null) return { value: dflt };
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) {
    return { value: dflt, notice: { key: 'badNumber', values: { name, value: raw.slice(0, 40), dflt } } };
  }
  if (n < min || n > max) {
    const value = Math.min(max, Math.max(min, n));
    return { value, notice: { key: 'outOfRange', values: { name, value: raw.slice(0, 40), min, max, used: value } } };
  }
  return { value: n };
}

/** Writes `demo.name=value` pairs into a hash, keeping other demos' pairs. */
export function writeHashParams(hash: string, demo: string, values: Record<string, string | number>): string {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  let keep: string[] = [];
  try {
    keep = decodeURIComponent(text).split('&').filter((p) => p.includes('=') && !p.startsWith(`${demo}.`));
  } catch { /* a malformed hash is replaced */ }
  const mine = Object.entries(values).map(([k, v]) => `${demo}.${k}=${v}`);
  return '#' + [...keep, ...mine].join('&');
}
