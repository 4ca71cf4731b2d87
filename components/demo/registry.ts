/**
 * Every topic and demo, read from the one registry (./topics.ts). Nothing here imports a view or
 * TensorFlow.js: this file is part of a lecture page's first-load JavaScript (views load lazily
 * through `load`, bench workloads through `workloads`).
 */
import * as registered from './topics';
import type { DemoDescriptor, Topic } from './types';

export const TOPICS: Topic[] = Object.values(registered);

export const DEMOS: Record<string, DemoDescriptor> = Object.fromEntries(TOPICS.flatMap((t) => t.demos.map((d) => [d.id, d])));

/** a demo's title, for server code (slide titles) as much as for the frame */
export const demoTitle = (id: string, lang: 'zh' | 'en') => DEMOS[id]?.title[lang] ?? id;
