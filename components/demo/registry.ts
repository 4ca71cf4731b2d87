/**
 * Every topic's demos, one line per topic. A topic describes its own demos in
 * components/demos/<topic>/index.ts; nothing here imports a view or TensorFlow.js, since this file
 * is part of a lecture page's first-load JavaScript (views load lazily through `load`).
 */
import { topic as adversarial } from '@/components/demos/adversarial';
import { topic as bayes } from '@/components/demos/bayes';
import { topic as fed } from '@/components/demos/fed';
import { topic as fewshot } from '@/components/demos/fewshot';
import { topic as gnn } from '@/components/demos/gnn';
import { topic as interpret } from '@/components/demos/interpret';
import type { DemoDescriptor, Topic } from './types';

export const TOPICS: Topic[] = [
  adversarial,
  interpret,
  bayes,
  gnn,
  fed,
  fewshot,
];

export const DEMOS: Record<string, DemoDescriptor> = Object.fromEntries(TOPICS.flatMap((t) => t.demos.map((d) => [d.id, d])));

/** a demo's title, for server code (slide titles) as much as for the frame */
export const demoTitle = (id: string, lang: 'zh' | 'en') => DEMOS[id]?.title[lang] ?? id;
