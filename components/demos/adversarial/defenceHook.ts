'use client';
/**
 * What the two defence views need before they can run: the site's digit CNN (the classifier the
 * defence protects), the purifier (public/models/digit-ae or digit-gen) and the held-out digits.
 * Loads them on mount, registers the view's handlers, tells the frame it is ready, and disposes
 * both models on unmount.
 */
import { useEffect, useRef } from 'react';
import type * as tf from '@tensorflow/tfjs';
import type { DemoApi, DemoHandlers } from '@/components/demo/types';
import type { LogitsFn } from '@/demos/adversarial/fgsm';
import { imageFnOf, type ImageFn } from '@/demos/adversarial/defenceModels';
import { mnistFromSite } from '@/demos/data/fetch';
import type { MnistSet } from '@/demos/data/mnist';
import { loadModel, logitsOf } from '@/demos/models/load';

export interface Defended {
  logits: LogitsFn;
  purifier: ImageFn;
  test: MnistSet;
}

export function useDefenceModels(api: DemoApi, handlers: DemoHandlers, purifier: 'digit-ae' | 'digit-gen') {
  const ref = useRef<Defended | null>(null);
  // the frame keeps what was registered once; it calls through to this render's handlers (current ε, R, L…)
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    let live = true;
    const models: tf.LayersModel[] = [];
    (async () => {
      try {
        const [cnn, pur, test] = await Promise.all([loadModel('digit-cnn'), loadModel(purifier), mnistFromSite('test')]);
        models.push(cnn, pur);
        if (!live) return models.forEach((m) => m.dispose());
        ref.current = { logits: logitsOf(cnn), purifier: imageFnOf(pur), test };
        api.register({ run: (signal) => latest.current.run(signal), reset: () => latest.current.reset() });
        api.ready();
      } catch (e) {
        if (live) api.fail(e);
      }
    })();
    return () => {
      live = false;
      models.forEach((m) => m.dispose());
      ref.current = null;
    };
    // load once: the frame remounts the view to change backend
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [purifier]);
  return ref;
}
