import { describe, expect, it } from 'vitest';
import { clampParam, defaults, encodeParams, hostileValues, mainParam, readParam, readParams, type ParamSchema } from '@/demos/runtime/schema';

const S = {
  eps: { kind: 'number', label: 'ε', default: 0.15, min: 0, max: 0.5, step: 0.01, main: true },
  digit: { kind: 'number', label: { zh: '数字编号', en: 'digit number' }, default: 0, quick: 5, min: 0, max: 1999, step: 1, int: true },
  mode: { kind: 'choice', default: 'untargeted', choices: ['untargeted', 'targeted'] },
  B: { kind: 'choice', default: 10, choices: [10, 50, Infinity] },
} as const satisfies ParamSchema;

describe('parameter schemas', () => {
  it('defaults, with the quick run’s where it differs', () => {
    expect(defaults(S, false)).toEqual({ eps: 0.15, digit: 0, mode: 'untargeted', B: 10 });
    expect(defaults(S, true).digit).toBe(5);
  });

  it('reads good values as they are, and rounds integers', () => {
    const hash = new Map([['eps', '0.3'], ['digit', '12.6'], ['mode', 'targeted'], ['B', 'inf']]);
    expect(readParams(S, hash, 'en', false)).toEqual({ values: { eps: 0.3, digit: 13, mode: 'targeted', B: Infinity }, notices: [] });
  });

  it('clamps, snaps and falls back with one notice per bad value, named in the page’s language', () => {
    const hash = new Map([['eps', '5'], ['digit', 'abc'], ['mode', '<script>'], ['B', '37']]);
    const r = readParams(S, hash, 'zh', false);
    expect(r.values).toEqual({ eps: 0.5, digit: 0, mode: 'untargeted', B: 50 });
    expect(r.notices.map((n) => n.key)).toEqual(['outOfRange', 'badNumber', 'badChoice']);
    expect(r.notices[1].values.name).toBe('数字编号');
    expect(r.notices[2].values).toMatchObject({ value: '<script>', choices: 'untargeted, targeted', dflt: 'untargeted' });
    // a number between allowed choices snaps silently; one outside them is clamped with a notice
    expect(readParam(S.B, '-3', 'B', false)).toMatchObject({ value: 10, notice: { key: 'outOfRange' } });
  });

  it('every hostile value derived from a spec gets a notice', () => {
    for (const [k, spec] of Object.entries(S)) {
      for (const bad of hostileValues(spec)) expect(readParam(spec, bad, k, false).notice, `${k} = ${bad}`).toBeDefined();
    }
  });

  it('clamps what the presenter remote sends, and writes Infinity as inf', () => {
    expect(clampParam(S.eps, 9)).toBe(0.5);
    expect(clampParam(S.digit, 3.4)).toBe(3);
    expect(clampParam(S.B, 40)).toBe(50);
    expect(clampParam(S.mode, 'nope')).toBe('untargeted');
    expect(encodeParams(S, { eps: 0.2, digit: 3, mode: 'targeted', B: Infinity })).toEqual({ eps: '0.2', digit: '3', mode: 'targeted', B: 'inf' });
  });

  it('the main parameter becomes the remote’s slider; numeric choices step by their smallest gap', () => {
    expect(mainParam(S)).toMatchObject({ key: 'eps', min: 0, max: 0.5, step: 0.01 });
    const K = { k: { kind: 'choice', default: 5, choices: [1, 2, 5, 10], main: true } } as const satisfies ParamSchema;
    expect(mainParam(K)).toMatchObject({ key: 'k', min: 1, max: 10, step: 1 });
    expect(mainParam({ mode: S.mode })).toBeNull();
  });
});

describe('log-scale choices', () => {
  it('snap a link’s in-between value to the nearest choice in ratio, not in difference', () => {
    const alpha = { kind: 'choice', default: 0.1, choices: [0.05, 0.1, 0.3, 1, 10, 100], log: true } as const;
    expect(readParam(alpha, '5', 'α', false).value).toBe(10);
    expect(readParam({ ...alpha, log: false }, '5', 'α', false).value).toBe(1);
    expect(clampParam({ kind: 'choice', default: 0.1, choices: [0.01, 0.1, 1], log: true }, 0.5)).toBe(1);
  });
});
