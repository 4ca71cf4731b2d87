'use client';
/**
 * A second pre-trained model for a view that already has the digit CNN through useDigitCnn (the
 * PGD demo's adversarially trained model, the transfer demo's noise-trained CNN): loaded on mount,
 * awaited by the run, disposed on unmount.
 */
import { useEffect, useRef } from 'react';
import type * as tf from '@tensorflow/tfjs';
import type { DemoApi } from '@/components/demo/types';
import type { LogitsFn } from '@/demos/adversarial/fgsm';
import { loadModel, logitsOf } from '@/demos/models/load';

export function useExtraModel(api: DemoApi, name: string) {
  const ref = useRef<Promise<LogitsFn> | null>(null);
  useEffect(() => {
    let live = true;
    let model: tf.LayersModel | null = null;
    const p = loadModel(name).then((m) => {
      if (!live) {
        m.dispose();
        throw Object.assign(new Error('unmounted'), { name: 'AbortError' });
      }
      model = m;
      return logitsOf(m);
    });
    p.catch((e) => { if (live) api.fail(e); });
    ref.current = p;
    return () => {
      live = false;
      model?.dispose();
      ref.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name]);
  return ref;
}
