'use client';
/**
 * What the digit-CNN views (adversarial, interpretability) need before they can run: a trained digit CNN (as a logits
 * function) and the held-out digits. Loads them on mount, registers the view's handlers, tells the
 * frame it is ready, and disposes the model on unmount.
 */
import { useEffect, useRef } from 'react';
import type * as tf from '@tensorflow/tfjs';
import type { DemoApi, DemoHandlers } from '@/components/demo/types';
import type { LogitsFn } from '@/demos/adversarial/fgsm';
import { mnistFromSite } from '@/demos/data/fetch';
import type { MnistSet } from '@/demos/data/mnist';
import { loadModel, logitsOf } from '@/demos/models/load';

export interface DigitCnn {
  model: tf.LayersModel;
  logits: LogitsFn;
  test: MnistSet;
}

export function useDigitCnn(api: DemoApi, handlers: DemoHandlers, onReady?: () => void, name = 'digit-cnn') {
  const ref = useRef<DigitCnn | null>(null);
  const first = useRef(true);
  useEffect(() => {
    let live = true;
    if (!first.current) api.unready(); // another model: the frame waits for it
    first.current = false;
    (async () => {
      try {
        const [model, test] = await Promise.all([loadModel(name), mnistFromSite('test')]);
        if (!live) return model.dispose();
        ref.current = { model, logits: logitsOf(model), test };
        api.register(handlers);
        api.ready();
        onReady?.();
      } catch (e) {
        if (live) api.fail(e);
      }
    })();
    return () => {
      live = false;
      ref.current?.model.dispose();
      ref.current = null;
    };
    // load once per model: the frame remounts the view to change backend
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name]);
  return ref;
}
