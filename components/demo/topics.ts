/**
 * The one registry: a line per topic. A topic describes itself in components/demos/<topic>/index.ts
 * (its lecture, its demos, its bench workloads); the site, the presenter, the bench, the content
 * check and the generated tests all read it from here. `npm run new:lecture` adds the line.
 */
export { topic as adversarial } from '@/components/demos/adversarial';
export { topic as bayes } from '@/components/demos/bayes';
export { topic as fed } from '@/components/demos/fed';
export { topic as fewshot } from '@/components/demos/fewshot';
export { topic as gnn } from '@/components/demos/gnn';
export { topic as interpret } from '@/components/demos/interpret';
export { topic as recap } from '@/components/demos/recap';
export { topic as continual } from '@/components/demos/continual';
export { topic as ssl } from '@/components/demos/ssl';
export { topic as generalization } from '@/components/demos/generalization';
export { topic as lightweight } from '@/components/demos/lightweight';
export { topic as snn } from '@/components/demos/snn';
export { topic as ethics } from '@/components/demos/ethics';
export { topic as automl } from '@/components/demos/automl';
