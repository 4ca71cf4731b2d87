'use client';
/**
 * Loads the site's trained digit CNN once, takes copies of its weights as plain tensors (pruning and
 * quantisation rewrite copies of those) and uploads the held-out digits; registers the view's
 * handlers when ready and frees everything on unmount.
 */
import { useEffect, useRef } from 'react';
import type { DemoApi, DemoHandlers } from '@/components/demo/types';
import { mnistFromSite } from '@/demos/data/fetch';
import type { MnistSet } from '@/demos/data/mnist';
import { disposeWeights, uploadDigits, weightsOf, type CnnWeights, type Digits } from '@/demos/lightweight/cnn';
import { loadModel } from '@/demos/models/load';

export interface LoadedCnn { weights: CnnWeights; test: Digits; train: MnistSet }

export function useCnn(api: DemoApi, handlers: DemoHandlers, testDigits: number) {
  const ref = useRef<LoadedCnn | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const [model, test, train] = await Promise.all([loadModel('digit-cnn'), mnistFromSite('test'), mnistFromSite('train')]);
        if (!live) return model.dispose();
        const weights = weightsOf(model);
        model.dispose();
        ref.current = { weights, test: uploadDigits(test, testDigits), train };
        api.register(handlers);
        api.ready();
      } catch (e) {
        if (live) api.fail(e);
      }
    })();
    return () => {
      live = false;
      if (ref.current) { disposeWeights(ref.current.weights); ref.current.test.dispose(); }
      ref.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);
  return ref;
}
