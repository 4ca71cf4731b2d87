/**
 * The few-shot demos' link parameters (components/demos/fewshot/params.ts): the literals there
 * agree with the workloads in demos/fewshot/*, which the plain-data schema file cannot import;
 * hostile values are clamped or snapped with a notice; a K that was not trained snaps, and says so.
 */
import { describe, expect, it } from 'vitest';
import {
  MATCHING_PARAMS, MULTITASK_PARAMS, TRANSFER_PARAMS, UNFOLDING_PARAMS, UNFOLDING_QUICK_PARAMS, snappedK, unfoldingParams,
} from '@/components/demos/fewshot/params';
import { MATCHING_DEFAULTS, UNSEEN_CLASSES } from '@/demos/fewshot/matching';
import { AUX_TASKS } from '@/demos/fewshot/multitask';
import { FULL_WORKLOAD, QUICK_WORKLOAD } from '@/demos/fewshot/transfer';
import { FACTORS, UNFOLDING_DEFAULTS, UNFOLDING_QUICK } from '@/demos/fewshot/unfolding';
import { mainParam, readParams } from '@/demos/runtime/schema';

const read = <S extends Parameters<typeof readParams>[0]>(schema: S, pairs: Record<string, string>, quick = false) =>
  readParams(schema, new Map(Object.entries(pairs)), 'en', quick);

describe('the schemas agree with the workloads', () => {
  it('transfer: steps and draws default to the full and the quick workload', () => {
    expect(TRANSFER_PARAMS.steps.default).toBe(FULL_WORKLOAD.budget.steps);
    expect(TRANSFER_PARAMS.steps.quick).toBe(QUICK_WORKLOAD.budget.steps);
    expect(TRANSFER_PARAMS.draws.default).toBe(FULL_WORKLOAD.draws);
    expect(TRANSFER_PARAMS.draws.quick).toBe(QUICK_WORKLOAD.draws);
  });

  it('matching, multi-task and unfolding: the lists the maths knows', () => {
    expect(MATCHING_PARAMS.way.max).toBe(UNSEEN_CLASSES.length);
    expect(MATCHING_PARAMS.shot.default).toBe(MATCHING_DEFAULTS.shot);
    expect(MULTITASK_PARAMS.task.choices).toEqual(AUX_TASKS);
    expect(UNFOLDING_PARAMS.k.choices).toEqual(UNFOLDING_DEFAULTS.Ks);
    expect(UNFOLDING_QUICK_PARAMS.k.choices).toEqual(UNFOLDING_QUICK.Ks);
    expect(UNFOLDING_PARAMS.factor.choices).toEqual(FACTORS);
    expect(UNFOLDING_PARAMS.factor.default).toBe(UNFOLDING_DEFAULTS.factor);
    expect(UNFOLDING_PARAMS.digits.default).toBe(UNFOLDING_DEFAULTS.trainDigits);
    expect(UNFOLDING_PARAMS.digits.quick).toBe(UNFOLDING_QUICK.trainDigits);
    expect(unfoldingParams(true)).toBe(UNFOLDING_QUICK_PARAMS);
  });

  it('the presenter remote drives transfer steps, matching N and the unfolding K', () => {
    expect(mainParam(TRANSFER_PARAMS)).toMatchObject({ key: 'steps', min: 10, max: 300, step: 10 });
    expect(mainParam(MATCHING_PARAMS)).toMatchObject({ key: 'way', min: 2, max: 4, step: 1 });
    expect(mainParam(UNFOLDING_QUICK_PARAMS)).toMatchObject({ key: 'k', min: 1, max: 3, step: 1 });
  });
});

describe('links', () => {
  it('hostile values get a notice each and usable values', () => {
    const t = read(TRANSFER_PARAMS, { steps: '1e9', draws: 'abc' }, true);
    expect(t.values).toEqual({ steps: 300, draws: 1 });
    expect(t.notices).toHaveLength(2);
    const m = read(MATCHING_PARAMS, { way: '99', shot: '2' });
    expect(m.values).toEqual({ way: 4, shot: 1 });
    expect(m.notices).toHaveLength(1);
    const mt = read(MULTITASK_PARAMS, { task: '<script>' });
    expect(mt.values.task).toBe('parity');
    expect(mt.notices).toHaveLength(1);
    const u = read(UNFOLDING_QUICK_PARAMS, { k: '1e9', factor: 'abc', digits: '-5' }, true);
    expect(u.values).toEqual({ k: 3, factor: 2, digits: 20 });
    expect(u.notices).toHaveLength(3);
  });

  it('a K between the trained ones snaps to the nearest, with its own message', () => {
    expect(read(UNFOLDING_PARAMS, { k: '4' }).values.k).toBe(3);
    expect(snappedK(UNFOLDING_PARAMS.k, '4')).toEqual({ value: 4, used: 3 });
    expect(snappedK(UNFOLDING_PARAMS.k, '7')).toEqual({ value: 7, used: 5 });
    expect(snappedK(UNFOLDING_PARAMS.k, '5')).toBeNull();
    expect(snappedK(UNFOLDING_PARAMS.k, undefined)).toBeNull();
    // out of range or not a number: the notice says so, not the snap message
    expect(snappedK(UNFOLDING_QUICK_PARAMS.k, '5')).toBeNull();
    expect(snappedK(UNFOLDING_PARAMS.k, 'abc')).toBeNull();
  });
});
