/**
 * The one registry: a line per topic, keyed by the lecture whose page places its demos. A topic
 * describes itself in components/demos/<topic>/index.ts (its demos, its bench workloads); the site,
 * the presenter, the bench, the content check and the generated tests all read it from here.
 * Each line is a loader, so a lecture page's JavaScript carries its own topic only (as a small chunk
 * it loads with its first demo), not every topic's titles and loaders: adding a lecture costs the
 * other pages nothing. `npm run new:lecture` adds the line.
 */
import type { Topic } from './types';

export const TOPIC_LOADERS: Record<string, () => Promise<{ topic: Topic }>> = {
  'adversarial-robustness': () => import('@/components/demos/adversarial'),
  'bayesian-deep-learning': () => import('@/components/demos/bayes'),
  'federated-learning': () => import('@/components/demos/fed'),
  'few-shot-learning': () => import('@/components/demos/fewshot'),
  'graph-neural-networks': () => import('@/components/demos/gnn'),
  interpretability: () => import('@/components/demos/interpret'),
  recap: () => import('@/components/demos/recap'),
  'continual-learning': () => import('@/components/demos/continual'),
  'self-supervised-learning': () => import('@/components/demos/ssl'),
  'generalization-mysteries': () => import('@/components/demos/generalization'),
  'lightweight-networks': () => import('@/components/demos/lightweight'),
  'spiking-neural-networks': () => import('@/components/demos/snn'),
  'cognition-and-ethics': () => import('@/components/demos/ethics'),
  automl: () => import('@/components/demos/automl'),
};
