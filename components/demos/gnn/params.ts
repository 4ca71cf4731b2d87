/**
 * The gnn demos' parameters: what a link may set (#message-passing.k=2&message-passing.agg=sum).
 * Plain data, part of the lecture page's first-load JavaScript: no view, no TensorFlow.js.
 */
import type { ParamSchema } from '@/demos/runtime/schema';

/** the explorer's rounds of message passing (k runs 0…LAYERS) */
export const MP_LAYERS = 3;
/** nodes of the explorer graph (EXPLORER_GRAPH in demos/gnn/graph.ts) */
const MP_NODES = 12;

/** #message-passing.k/agg/alpha/node: the layer shown (the presenter's knob), AGGREGATE, α, the selected node */
export const MP_PARAMS = {
  k: { kind: 'number', label: { zh: '层数 k', en: 'layer k' }, default: 0, min: 0, max: MP_LAYERS, step: 1, int: true, main: true },
  agg: { kind: 'choice', label: { zh: '聚合方式', en: 'aggregation' }, default: 'mean', choices: ['mean', 'sum', 'max'] },
  alpha: { kind: 'number', label: 'alpha', default: 0.5, min: 0, max: 1, step: 0.05 },
  node: { kind: 'number', label: 'node', default: 0, min: 0, max: MP_NODES - 1, step: 1, int: true },
} as const satisfies ParamSchema;

/** #graph-classification.readout=mean|sum: how each graph's nodes are pooled */
export const GRAPHS_PARAMS = {
  readout: { kind: 'choice', label: { zh: '读出方式', en: 'readout' }, default: 'mean', choices: ['mean', 'sum'] },
} as const satisfies ParamSchema;

/** #gcn-scale.nodes: the graph's size, one of four (the quick run's default is the smallest) */
export const SCALE_PARAMS = {
  nodes: { kind: 'choice', label: { zh: '节点数', en: 'Nodes' }, default: 10_000, quick: 1000, choices: [1000, 2000, 5000, 10_000] },
} as const satisfies ParamSchema;

/**
 * gcn-karate has no schema: its one parameter, #gcn-karate.labels=0,33, is a set of member ids,
 * which the schema's kinds (a number, one of a list) cannot describe. The view reads it with
 * readKarateLabels, notifies once, and writes it back itself.
 *
 * Member ids 0…n−1 from `0,33` (also `+` or space between): anything else is dropped, with `bad`.
 */
export function readKarateLabels(raw: string | undefined, n: number, dflt: readonly number[]): { labels: number[]; bad: boolean } {
  if (raw === undefined) return { labels: [...dflt], bad: false };
  const parts = raw.split(/[,+ ]/).filter(Boolean);
  const labels = [...new Set(parts.map(Number).filter((v) => Number.isInteger(v) && v >= 0 && v < n))];
  return labels.length === parts.length ? { labels, bad: false } : { labels: labels.length ? labels : [...dflt], bad: true };
}
