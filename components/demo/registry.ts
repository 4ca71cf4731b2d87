/**
 * Every topic and demo at once, for scripts, tests and the bench page (top-level await: it loads
 * every line of ./topics.ts). A lecture page never imports this: it loads its own topic through
 * ./lazy.ts. Nothing here imports a view or TensorFlow.js (views load through `load`, bench
 * workloads through `workloads`).
 */
import { TOPIC_LOADERS } from './topics';
import type { DemoDescriptor, Topic } from './types';

export const TOPICS: Topic[] = await Promise.all(
  Object.entries(TOPIC_LOADERS).map(async ([lecture, load]) => {
    const { topic } = await load();
    if (topic.lecture !== lecture) throw new Error(`components/demo/topics.ts: ${topic.name} is registered under ${lecture} but places its demos on ${topic.lecture}`);
    return topic;
  }),
);

export const DEMOS: Record<string, DemoDescriptor> = Object.fromEntries(TOPICS.flatMap((t) => t.demos.map((d) => [d.id, d])));
