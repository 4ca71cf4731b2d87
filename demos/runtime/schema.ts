/**
 * A demo's parameters, declared once: what the hash may set, its default (and the quick run's),
 * its range or choices, and which one the presenter remote drives. Everything that reads, clamps,
 * snaps, writes back and resets a parameter works from this one description, so a view never
 * re-types a range, and the hostile-link tests are generated from the same data.
 *
 * Pure functions only (no React, no DOM, no TensorFlow.js): unit-tested in Node.
 */
import { readNumber, type Notice } from './params';

type Label = string | { zh: string; en: string };

interface Common {
  /** the name a notice uses (defaults to the key): a symbol ('ε') or words in both languages */
  label?: Label;
  /** the presenter window's remote drives this one (at most one per demo) */
  main?: boolean;
}

/** A number in [min, max]; `step` also makes the remote's slider; `int` rounds. */
export interface NumberParam extends Common {
  kind: 'number';
  default: number;
  /** the default under `?quick=1`, when it differs */
  quick?: number;
  min: number;
  max: number;
  step: number;
  int?: boolean;
}

/** One of a list. Numbers snap to the nearest allowed value; Infinity is written `inf`. */
export interface ChoiceParam<T extends string | number = string | number> extends Common {
  kind: 'choice';
  default: T;
  quick?: T;
  choices: readonly T[];
  /** numbers snap to the nearest choice on a log scale (α = 0.05 … 100), not a linear one */
  log?: boolean;
}

export type ParamSpec = NumberParam | ChoiceParam;
export type ParamSchema = Record<string, ParamSpec>;

/**
 * The values a schema describes: numbers stay numbers, choices keep their union. Declare a schema
 * `{ … } as const satisfies ParamSchema` so the choices keep their literal types.
 */
export type ParamValues<S extends ParamSchema> = {
  [K in keyof S]: S[K] extends { kind: 'choice'; choices: readonly (infer T)[] } ? T : number;
};

export const labelOf = (spec: ParamSpec, key: string, lang: 'zh' | 'en'): string =>
  spec.label == null ? key : typeof spec.label === 'string' ? spec.label : spec.label[lang];

export const defaultOf = (spec: ParamSpec, quick: boolean) => (quick && spec.quick !== undefined ? spec.quick : spec.default);

export function defaults<S extends ParamSchema>(schema: S, quick: boolean): ParamValues<S> {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(schema)) out[k] = defaultOf(spec, quick);
  return out as ParamValues<S>;
}

const encode = (v: string | number) => (typeof v === 'number' && !Number.isFinite(v) ? 'inf' : String(v));
const isNumeric = (spec: ChoiceParam) => spec.choices.every((c) => typeof c === 'number');
const nearest = (allowed: readonly number[], v: number, log = false) => {
  const d = (a: number) => (log && a > 0 && v > 0 ? Math.abs(Math.log(a) - Math.log(v)) : Math.abs(a - v));
  return allowed.reduce((a, b) => (d(b) < d(a) ? b : a));
};

/** One value from untrusted text: always usable, with a notice when the text was not. */
export function readParam(spec: ParamSpec, raw: string | undefined, name: string, quick: boolean): { value: string | number; notice?: Notice } {
  const dflt = defaultOf(spec, quick);
  if (raw == null) return { value: dflt };
  if (spec.kind === 'number') {
    const r = readNumber(raw, name, spec.quick !== undefined && quick ? spec.quick : spec.default, spec.min, spec.max);
    return { value: spec.int ? Math.round(r.value) : r.value, notice: r.notice };
  }
  // `SUM` and ` sum` mean sum: a hand-typed link is read as the person meant it
  const exact = spec.choices.find((c) => encode(c).toLowerCase() === raw.trim().toLowerCase());
  if (exact !== undefined) return { value: exact };
  if (isNumeric(spec)) {
    const finite = (spec.choices as number[]).filter(Number.isFinite);
    const hasInf = finite.length < spec.choices.length;
    const r = readNumber(raw, name, dflt as number, Math.min(...finite), hasInf ? Infinity : Math.max(...finite));
    // a number between the allowed ones snaps to the nearest, as a slider would
    return { value: nearest(spec.choices as number[], r.value, spec.log), notice: r.notice };
  }
  return {
    value: dflt,
    notice: { key: 'badChoice', values: { name, value: raw.slice(0, 40), choices: spec.choices.map(encode).join(', '), dflt: encode(dflt) } },
  };
}

/** Every parameter of a demo from its hash pairs, with the notices to show. */
export function readParams<S extends ParamSchema>(
  schema: S, hash: Map<string, string>, lang: 'zh' | 'en', quick: boolean,
): { values: ParamValues<S>; notices: Notice[] } {
  const values: Record<string, unknown> = {};
  const notices: Notice[] = [];
  for (const [k, spec] of Object.entries(schema)) {
    const r = readParam(spec, hash.get(k), labelOf(spec, k, lang), quick);
    values[k] = r.value;
    if (r.notice) notices.push(r.notice);
  }
  return { values: values as ParamValues<S>, notices };
}

/** A value set from afar (the presenter remote) or by code, brought into range. */
export function clampParam(spec: ParamSpec, v: number | string): string | number {
  if (spec.kind === 'number') {
    const n = Math.min(spec.max, Math.max(spec.min, Number(v)));
    if (!Number.isFinite(n)) return spec.default;
    return spec.int ? Math.round(n) : n;
  }
  if (spec.choices.includes(v as never)) return v;
  return isNumeric(spec) && typeof v === 'number' ? nearest(spec.choices as number[], v, spec.log) : spec.default;
}

/** The hash pairs for a demo's values (`inf` for Infinity). */
export function encodeParams(schema: ParamSchema, values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(schema)) out[k] = encode(values[k] as string | number);
  return out;
}

/** The parameter the presenter remote drives, as a slider: numbers, or numeric choices by value. */
export function mainParam(schema: ParamSchema): { key: string; spec: ParamSpec; min: number; max: number; step: number } | null {
  const entry = Object.entries(schema).find(([, s]) => s.main);
  if (!entry) return null;
  const [key, spec] = entry;
  if (spec.kind === 'number') return { key, spec, min: spec.min, max: spec.max, step: spec.step };
  const nums = (spec.choices as number[]).filter((c) => typeof c === 'number' && Number.isFinite(c));
  if (nums.length !== spec.choices.length) return null;
  const sorted = [...nums].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((v, i) => v - sorted[i]).filter((g) => g > 0);
  const min = sorted[0], max = sorted[sorted.length - 1];
  return { key, spec, min, max, step: gaps.length ? Math.min(...gaps) : 1 };
}

/**
 * Hostile values for each parameter, derived from its spec: what a malformed or malicious link
 * could carry. Used by the generated browser tests; each must give a notice, never a crash.
 */
export function hostileValues(spec: ParamSpec): string[] {
  if (spec.kind === 'number') return [String(spec.max * 1000 + 1000), 'NaN'];
  return isNumeric(spec) ? ['-1e9', 'abc'] : ['<script>'];
}
