/**
 * Graph neural networks against hand-worked values: the normalised adjacency of a 4-node path
 * and one GCN layer on it; every sparse propagation form equals the dense ÂH, values and
 * gradients; the karate club's data and its semi-supervised GCN (the page's quick 100 epochs);
 * message passing and receptive fields on tiny graphs; the stochastic block model and the
 * graph-classification dataset; the page's classification run against the tested classifier;
 * the demos' link parameters; and no model leaks tensors. Full-size runs: tests/full/gnn.test.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import {
  degrees, denseNormalisedAdjacency, edgeListWithSelfLoops, EXPLORER_GRAPH, KARATE, KARATE_FACTION, khop, neighbours,
  stochasticBlockModel, type Graph,
} from '@/demos/gnn/graph';
import { aggregate, combine, propagate as passMessages } from '@/demos/gnn/message-passing';
import {
  adjacencyTensors, disposeAdjacency, gcnLayer, GnnInputError, propagate, type AdjacencyFormat,
} from '@/demos/gnn/gcn';
import {
  batchGraphs, batchTensors, createClassificationRun, createGraphClassifier, DEGREE_CAP, FAMILIES, FEATURE_DIM,
  makeGraphDataset, nodeFeatures, splitDataset,
} from '@/demos/gnn/graph-classification';
import { createKarateTrainer, karateAccuracy, karateEpoch, trainKarate } from '@/demos/gnn/karate';
import { createScaleRun, runEpochs } from '@/demos/gnn/scale';
import { MP_PARAMS, readKarateLabels, SCALE_PARAMS } from '@/components/demos/gnn/params';
import { readParams } from '@/demos/runtime/schema';

const PATH4: Graph = { n: 4, edges: [[0, 1], [1, 2], [2, 3]] };
const SPARSE: AdjacencyFormat[] = ['segments', 'edges', 'padded'];
const FORMATS: AdjacencyFormat[] = [...SPARSE, 'dense'];

describe('the normalised adjacency and one GCN layer', () => {
  // path 0–1–2–3: degrees 1, 2, 2, 1, so with self loops d̃ = 2, 3, 3, 2 and
  // Â_uv = 1/√(d̃_u d̃_v): ends 1/2, middles 1/3, end–middle 1/√6, middle–middle 1/3
  const r6 = 1 / Math.sqrt(6);
  const A_HAT = [
    [1 / 2, r6, 0, 0],
    [r6, 1 / 3, 1 / 3, 0],
    [0, 1 / 3, 1 / 3, r6],
    [0, 0, r6, 1 / 2],
  ];

  it('matches the hand-worked D̃^{-1/2}(A + I)D̃^{-1/2} of a 4-node path', () => {
    expect(Array.from(degrees(PATH4))).toEqual([1, 2, 2, 1]);
    const m = denseNormalisedAdjacency(PATH4);
    A_HAT.flat().forEach((v, i) => expect(m[i]).toBeCloseTo(v, 6));
    // the edge list: both directions of 3 edges plus 4 self loops
    const e = edgeListWithSelfLoops(PATH4);
    expect(e.src.length).toBe(10);
    for (let k = 0; k < e.src.length; k++) expect(e.weight[k]).toBeCloseTo(A_HAT[e.dst[k]][e.src[k]], 6);
  });

  it('σ(ÂHW + b) equals the hand computation, in every propagation form', async () => {
    // H W with W = [1, −1]ᵀ: rows (1,0) (0,1) (1,1) (2,0) → 1, −1, 0, 2; b = −0.1; ReLU
    const want = [
      Math.max(0, 1 / 2 - r6 - 0.1), // −0.008 → 0
      Math.max(0, r6 - 1 / 3 - 0.1), // −0.025 → 0
      Math.max(0, -1 / 3 + 2 * r6 - 0.1), // 0.383
      Math.max(0, 1 / 2 * 2 - 0.1), // 0.9
    ];
    expect(want[2]).toBeCloseTo(0.38316, 4);
    const h = tf.tensor2d([[1, 0], [0, 1], [1, 1], [2, 0]]);
    const W = tf.tensor2d([[1], [-1]]);
    const b = tf.tensor1d([-0.1]);
    for (const f of FORMATS) {
      const adj = adjacencyTensors(edgeListWithSelfLoops(PATH4), f);
      const out = gcnLayer(h, adj, W, b, 'relu');
      expect(out.shape).toEqual([4, 1]);
      const v = await out.data();
      want.forEach((w, i) => expect(v[i]).toBeCloseTo(w, 5));
      out.dispose();
      disposeAdjacency(adj);
    }
    tf.dispose([h, W, b]);
  });
});

describe('sparse propagation', () => {
  it('agrees with the dense ÂH, forward and gradient, on a seeded random graph', async () => {
    const { graph } = stochasticBlockModel({ n: 40, communities: 3, avgDegree: 4, seed: 5 });
    const ne = edgeListWithSelfLoops(graph);
    const h = tf.randomNormal([40, 5], 0, 1, 'float32', 1) as tf.Tensor2D;
    const W = tf.randomNormal([5, 3], 0, 1, 'float32', 2) as tf.Tensor2D;
    const r = tf.randomNormal([40, 3], 0, 1, 'float32', 3);
    const b = tf.zeros([3]) as tf.Tensor1D;
    // a nonlinear loss through two propagations, so the gradient really passes Âᵀ twice
    const lossOf = (adj: ReturnType<typeof adjacencyTensors>) => (x: tf.Tensor, w: tf.Tensor) =>
      tf.sum(tf.mul(propagate(gcnLayer(x as tf.Tensor2D, adj, w as tf.Tensor2D, b, 'tanh'), adj), r));
    const read = async (adj: ReturnType<typeof adjacencyTensors>) => {
      const y = propagate(h, adj);
      const { value, grads } = tf.valueAndGrads(lossOf(adj))([h, W]);
      const out = { y: await y.data(), loss: (await value.data())[0], gh: await grads[0].data(), gw: await grads[1].data() };
      tf.dispose([y, value, ...grads]);
      return out;
    };
    const dense = adjacencyTensors(ne, 'dense');
    const want = await read(dense);
    disposeAdjacency(dense);
    for (const f of SPARSE) {
      const adj = adjacencyTensors(ne, f);
      const got = await read(adj);
      got.y.forEach((v, i) => expect(v).toBeCloseTo(want.y[i], 5));
      expect(got.loss).toBeCloseTo(want.loss, 4);
      got.gh.forEach((v, i) => expect(v).toBeCloseTo(want.gh[i], 4));
      got.gw.forEach((v, i) => expect(v).toBeCloseTo(want.gw[i], 4));
      disposeAdjacency(adj);
    }
    tf.dispose([h, W, r, b]);
  });

  it("'segments' refuses weights that are not the symmetric normalisation", () => {
    const ne = edgeListWithSelfLoops(PATH4);
    ne.weight[0] *= 2;
    expect(() => adjacencyTensors(ne, 'segments')).toThrow(GnnInputError);
  });
});

describe("Zachary's karate club", () => {
  it('has the networkx graph: 34 nodes, 78 distinct edges, the known degrees, two factions of 17', () => {
    expect(KARATE.n).toBe(34);
    expect(KARATE.edges.length).toBe(78);
    expect(new Set(KARATE.edges.map(([i, j]) => `${i}-${j}`)).size).toBe(78);
    KARATE.edges.forEach(([i, j]) => expect(i).toBeLessThan(j));
    const d = degrees(KARATE);
    expect([d[0], d[33], d[32], d[1]]).toEqual([16, 17, 12, 9]);
    expect(KARATE_FACTION.filter((f) => f === 0).length).toBe(17);
    expect(KARATE_FACTION.filter((f) => f === 1).length).toBe(17);
    expect([KARATE_FACTION[0], KARATE_FACTION[33], KARATE_FACTION[8], KARATE_FACTION[9]]).toEqual([0, 1, 0, 1]);
  });

  // the paper's 300 epochs on two seeds: tests/full/gnn.test.ts
  it("the page's quick run (100 epochs) from the labels of nodes 0 and 33 gets ≥ 90% of the other 32 right", async () => {
    const r = await trainKarate({ seed: 1, epochs: 100 });
    expect(r.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.embedding.length).toBe(68);
    expect(r.losses.at(-1)!.loss).toBeLessThan(r.losses[0].loss);
  });

  it("the page's epoch reads the embedding and the loss only when asked", async () => {
    const before = tf.memory().numTensors;
    const trainer = createKarateTrainer({ seed: 1 });
    expect(await karateEpoch(trainer, false)).toBeNull();
    const s = await karateEpoch(trainer, true);
    expect(s!.epoch).toBe(2);
    expect(Number.isFinite(s!.loss)).toBe(true);
    expect(s!.embedding.length).toBe(68);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('counts accuracy on the unlabelled nodes only', () => {
    const mask = new Uint8Array(34);
    mask[0] = mask[33] = 1;
    const pred = Array.from(KARATE_FACTION);
    pred[0] = 1; // a labelled node: not counted
    pred[5] = 1; // one unlabelled error
    expect(karateAccuracy(pred, mask)).toBeCloseTo(31 / 32, 10);
  });

  it('says so when a faction has no labelled node', async () => {
    expect(() => createKarateTrainer({ labelled: [0, 1] })).toThrow(GnnInputError);
    expect(() => createKarateTrainer({ labelled: [33] })).toThrow('every faction needs at least one labelled node');
    await expect(trainKarate({ labelled: [], epochs: 1 })).rejects.toThrow(GnnInputError);
    expect(() => createKarateTrainer({ labelled: [0, 34] })).toThrow(GnnInputError);
  });
});

describe('message passing', () => {
  // path 0–1–2 and an isolated node 3
  const g: Graph = { n: 4, edges: [[0, 1], [1, 2]] };
  const h = [[1, 0], [3, 4], [5, 2], [7, 7]];

  it('aggregates neighbours by mean, sum and max; an isolated node gets zeros', () => {
    const nb = neighbours(g);
    expect(nb).toEqual([[1], [0, 2], [1], []]);
    expect(aggregate(h, nb, 'mean')).toEqual([[3, 4], [3, 1], [3, 4], [0, 0]]);
    expect(aggregate(h, nb, 'sum')).toEqual([[3, 4], [6, 2], [3, 4], [0, 0]]);
    expect(aggregate(h, nb, 'max')).toEqual([[3, 4], [5, 2], [3, 4], [0, 0]]);
    // COMBINE = ReLU(α h + (1 − α) a)
    expect(combine([[1, -4]], [[3, 0]], 0.5)).toEqual([[2, 0]]);
  });

  it('propagate returns the input and one entry per layer, and colour spreads one hop per layer', () => {
    const layers = passMessages(g, h, { kind: 'mean', alpha: 0.5, layers: 2 });
    expect(layers.length).toBe(3);
    expect(layers[0]).toEqual(h);
    expect(layers[0]).not.toBe(h);
    expect(layers[1][0]).toEqual([2, 2]); // (1,0)/2 + (3,4)/2
    expect(layers[1][3]).toEqual([3.5, 3.5]); // isolated: its own state, halved
    // red at node 0 of the explorer reaches node 3 (two hops away) only after two layers
    const { graph, features } = EXPLORER_GRAPH;
    const red = passMessages(graph, features, { kind: 'sum', alpha: 0.5, layers: 2 }).map((l) => l[3][0]);
    const base = passMessages(graph, features.map((f, v) => (v === 0 ? [0.1, 0.1, 0.1] : f)), { kind: 'sum', alpha: 0.5, layers: 2 })
      .map((l) => l[3][0]);
    expect(red[1]).toBeCloseTo(base[1], 10);
    expect(red[2]).toBeGreaterThan(base[2] + 0.1);
  });

  it('k-hop receptive fields have BFS distances', () => {
    const path5: Graph = { n: 5, edges: [[0, 1], [1, 2], [2, 3], [3, 4]] };
    expect([...khop(path5, 0, 2).entries()].sort()).toEqual([[0, 0], [1, 1], [2, 2]]);
    expect(khop(path5, 2, 1)).toEqual(new Map([[2, 0], [1, 1], [3, 1]]));
    expect(khop(KARATE, 0, 1).size).toBe(17);
    expect(khop(g, 3, 5)).toEqual(new Map([[3, 0]]));
  });

  it('the explorer graph is connected, planar as laid out, with RGB features in [0, 1]', () => {
    const { graph, features, positions } = EXPLORER_GRAPH;
    expect(graph.n).toBe(12);
    expect(graph.edges.length).toBeGreaterThanOrEqual(16);
    expect(graph.edges.length).toBeLessThanOrEqual(18);
    expect(khop(graph, 0, graph.n).size).toBe(graph.n);
    features.forEach((f) => { expect(f.length).toBe(3); f.forEach((c) => { expect(c).toBeGreaterThanOrEqual(0); expect(c).toBeLessThanOrEqual(1); }); });
    positions.forEach((p) => p.forEach((c) => { expect(c).toBeGreaterThanOrEqual(0); expect(c).toBeLessThanOrEqual(1); }));
    const ccw = (a: number[], b: number[], c: number[]) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    for (const [a, b] of graph.edges) {
      for (const [c, d] of graph.edges) {
        if (new Set([a, b, c, d]).size < 4) continue;
        const P = positions;
        const crosses = ccw(P[a], P[b], P[c]) * ccw(P[a], P[b], P[d]) < 0 && ccw(P[c], P[d], P[a]) * ccw(P[c], P[d], P[b]) < 0;
        expect(crosses, `edges ${a}-${b} and ${c}-${d} cross`).toBe(false);
      }
    }
  });
});

describe('the stochastic block model', () => {
  it('has the requested size, balanced communities, no self loops or repeats, and ≈ the target edge count', () => {
    const { graph, labels, features } = stochasticBlockModel({ n: 3000, communities: 6, avgDegree: 10, featureDim: 4, seed: 9 });
    expect(graph.n).toBe(3000);
    expect(labels.length).toBe(3000);
    expect(features.length).toBe(3000 * 4);
    const counts = Array(6).fill(0);
    labels.forEach((c) => counts[c]++);
    counts.forEach((c) => expect(c).toBe(500));
    expect(Math.abs(graph.edges.length - 15000)).toBeLessThanOrEqual(150);
    const keys = new Set<number>();
    let inside = 0;
    for (const [i, j] of graph.edges) {
      expect(i).toBeLessThan(j);
      keys.add(i * 3000 + j);
      if (labels[i] === labels[j]) inside++;
    }
    expect(keys.size).toBe(graph.edges.length);
    expect(inside / graph.edges.length).toBeCloseTo(0.5, 1); // the default homophily
  });

  it('generates the 10,000-node, 100,000-edge default quickly', () => {
    const t0 = performance.now();
    const { graph } = stochasticBlockModel();
    expect(graph.edges.length).toBe(100_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  // 1,000 nodes for 80 epochs, and the page's 10,000: tests/full/gnn.test.ts
  it('a GCN on the graph beats the same network blind to it (Â = I), on 300 nodes', async () => {
    const acc = async (useGraph: boolean) => {
      const run = createScaleRun({ n: 300, useGraph, lr: 0.02 });
      const r = await runEpochs(run, 40);
      run.dispose();
      return r.test;
    };
    const gcn = await acc(true), mlp = await acc(false);
    expect(gcn).toBeGreaterThan(0.7);
    expect(gcn).toBeGreaterThan(mlp + 0.2);
  });
});

describe('the graph-classification dataset', () => {
  it('is balanced over the four families, 10–20 nodes each', () => {
    const data = makeGraphDataset(200, 3);
    const counts = Array(FAMILIES.length).fill(0);
    data.forEach((d) => counts[d.label]++);
    expect(counts).toEqual([50, 50, 50, 50]);
    data.forEach((d) => {
      expect(d.graph.n).toBeGreaterThanOrEqual(9); // a grid rounds to rows × columns
      expect(d.graph.n).toBeLessThanOrEqual(20);
    });
    const { train, test } = splitDataset(data, 150);
    expect([train.length, test.length]).toEqual([150, 50]);
  });

  it('node features are a one-hot of the (capped) degree plus a constant', () => {
    const star: Graph = { n: 9, edges: Array.from({ length: 8 }, (_, i) => [0, i + 1] as [number, number]) };
    const x = nodeFeatures(star);
    expect(x.length).toBe(9 * FEATURE_DIM);
    for (let v = 0; v < 9; v++) {
      const row = Array.from(x.subarray(v * FEATURE_DIM, (v + 1) * FEATURE_DIM));
      expect(row.reduce((a, b) => a + b)).toBe(2);
      expect(row[FEATURE_DIM - 1]).toBe(1);
      expect(row[v === 0 ? DEGREE_CAP : 1]).toBe(1); // the hub's 8 neighbours fall in the last slot
    }
  });

  it('batches graphs block-diagonally: no edge joins two graphs', () => {
    const data = makeGraphDataset(5, 4);
    const b = batchGraphs(data);
    expect(b.nodes).toBe(data.reduce((s, d) => s + d.graph.n, 0));
    expect(b.edges.src.length).toBe(data.reduce((s, d) => s + 2 * d.graph.edges.length + d.graph.n, 0));
    for (let e = 0; e < b.edges.src.length; e++) expect(b.graphOf[b.edges.src[e]]).toBe(b.graphOf[b.edges.dst[e]]);
    expect(Array.from(b.labels)).toEqual(data.map((d) => d.label));
  });

  // a 6-epoch run to > 85%, and the page's 600 + 200 graphs for 20 epochs: tests/full/gnn.test.ts
  it("the page's run steps and measures exactly as the classifier's trainEpoch and evaluate do", async () => {
    const before = tf.memory().numTensors;
    const { train, test } = splitDataset(makeGraphDataset(96, 7), 64);
    const run = createClassificationRun({ train, test, readout: 'mean', seed: 3 });
    const batches: number[] = [];
    const s = await run.epoch(1, { onBatch: (i) => { batches.push(i); } });
    const predicted = await run.predictTest();
    run.dispose();
    expect(batches).toEqual([0, 1]); // 64 graphs in batches of 32
    const ref = createGraphClassifier({ readout: 'mean', seed: 3 });
    const loss = await ref.trainEpoch(train, 3 * 1000 + 1); // the page's epoch seed: seed · 1000 + epoch
    const [onTrain, onTest] = [await ref.evaluate(train), await ref.evaluate(test)];
    ref.dispose();
    expect(s.loss).toBeCloseTo(loss, 5);
    expect([s.train, s.test]).toEqual([onTrain.accuracy, onTest.accuracy]);
    expect(Array.from(predicted)).toEqual(Array.from(onTest.predicted));
    onTest.misclassified.forEach((m) => {
      expect(test[m.index].label).toBe(m.label);
      expect(m.predicted).not.toBe(m.label);
    });
    expect(tf.memory().numTensors).toBe(before);
  });

  it("stopping the page's run mid-epoch frees the epoch's losses", async () => {
    const before = tf.memory().numTensors;
    const { train, test } = splitDataset(makeGraphDataset(96, 8), 64);
    const run = createClassificationRun({ train, test, readout: 'sum', seed: 1 });
    const stop = new AbortController();
    await expect(run.epoch(1, { signal: stop.signal, onBatch: () => stop.abort() })).rejects.toThrow('stopped');
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("the demos' link parameters", () => {
  it('message-passing: k rounds to a layer, node stays in the explorer graph', () => {
    expect(MP_PARAMS.node.max).toBe(EXPLORER_GRAPH.graph.n - 1);
    const r = readParams(MP_PARAMS, new Map([['k', '2.4'], ['agg', 'sum'], ['node', '99']]), 'en', false);
    expect(r.values).toEqual({ k: 2, agg: 'sum', alpha: 0.5, node: 11 });
    expect(r.notices.map((n) => n.key)).toEqual(['outOfRange']);
  });

  it('gcn-scale: 1,000 nodes under ?quick=1, 10,000 otherwise; a size between the choices snaps', () => {
    expect(readParams(SCALE_PARAMS, new Map(), 'en', true).values.nodes).toBe(1000);
    expect(readParams(SCALE_PARAMS, new Map(), 'en', false).values.nodes).toBe(10_000);
    expect(readParams(SCALE_PARAMS, new Map([['nodes', '3000']]), 'en', false).values.nodes).toBe(2000);
  });

  it('gcn-karate labels: member ids kept, anything else dropped and flagged', () => {
    expect(readKarateLabels(undefined, 34, [0, 33])).toEqual({ labels: [0, 33], bad: false });
    expect(readKarateLabels('0,5+33', 34, [0, 33])).toEqual({ labels: [0, 5, 33], bad: false });
    expect(readKarateLabels('0,99,abc', 34, [0, 33])).toEqual({ labels: [0], bad: true });
    expect(readKarateLabels('abc', 34, [0, 33])).toEqual({ labels: [0, 33], bad: true });
  });
});

describe('no leaks', () => {
  it('training steps of every model free what they make', async () => {
    const before = tf.memory().numTensors;

    const karate = createKarateTrainer({ seed: 3 });
    for (let i = 0; i < 3; i++) karate.step().dispose();
    await karate.snapshot();
    karate.dispose();

    const data = makeGraphDataset(40, 6);
    const clf = createGraphClassifier({ seed: 2 });
    await clf.trainEpoch(data, 1);
    const b = batchTensors(batchGraphs(data.slice(0, 8)), 'mean');
    clf.step(b).dispose();
    clf.predict(b).dispose();
    b.dispose();
    await clf.evaluate(data);
    clf.dispose();

    for (const format of SPARSE) {
      const run = createScaleRun({ n: 300, avgDegree: 6, format });
      await runEpochs(run, 3);
      run.dispose();
    }

    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('neighbour spread (the over-smoothing measure)', () => {
  it('is the mean distance between the features at the ends of each edge', async () => {
    const { neighbourSpread } = await import('@/demos/gnn/message-passing');
    const g = { n: 3, edges: [[0, 1], [1, 2]] as [number, number][] };
    // ‖(3,4,0)‖ = 5 and ‖(0,0,1)‖ = 1: mean 3
    expect(neighbourSpread(g, [[0, 0, 0], [3, 4, 0], [3, 4, 1]])).toBeCloseTo(3, 12);
  });
});
