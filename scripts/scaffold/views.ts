/**
 * Templates for the view side of a new demo (components/demos/<topic>/) and for the lecture's two
 * MDX files. The view only wires controls and draws: the maths is demos/<topic>/<id>.ts.
 */
import type { Names } from './maths';

export const paramsFile = (n: Names) => `/** The ${n.topic} demos' parameters: what a link may set (#${n.id}.steps=200). */
import type { ParamSchema } from '@/demos/runtime/schema';

export const ${n.stem.toUpperCase()}_PARAMS = {
  steps: { kind: 'number', label: { zh: '训练步数', en: 'training steps' }, default: 300, quick: 40, min: 10, max: 2000, step: 10, int: true, main: true },
  lr: { kind: 'choice', label: { zh: '学习率', en: 'learning rate' }, default: 0.5, choices: [0.05, 0.1, 0.5, 1] },
} as const satisfies ParamSchema;
`;

export const stringsFile = (n: Names) => `/**
 * The ${n.topic} views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  ${n.stem}: {
    steps: '训练步数 {steps}', lr: '学习率',
    chart: '测试准确率随训练步数的变化', xLabel: '训练步数', yLabel: '测试准确率', series: 'softmax 回归',
    result: '{steps} 步之后，测试准确率为 {acc}%（{n} 个留出的数字）。',
    notRun: '点击“运行”开始训练。',
  },
};

const en: typeof zh = {
  ${n.stem}: {
    steps: 'Training steps {steps}', lr: 'Learning rate',
    chart: 'Test accuracy against training steps', xLabel: 'training steps', yLabel: 'test accuracy', series: 'softmax regression',
    result: 'After {steps} steps the test accuracy is {acc}% ({n} held-out digits).',
    notRun: 'Press Run to train.',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;
`;

export const viewFile = (n: Names) => `'use client';
/**
 * ${n.id} (scaffolded): trains the demo's model live and draws test accuracy as it goes. The maths
 * is demos/${n.topic}/${n.id}.ts; this file wires the controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { ${n.stem.toUpperCase()}_DEFAULTS, ${n.stem.toUpperCase()}_QUICK, train${n.view}, upload${n.view}Data, type ${n.view}Data, type ${n.view}Point } from '@/demos/${n.topic}/${n.id}';
import { ${n.stem.toUpperCase()}_PARAMS } from './params';
import { STRINGS } from './strings';

export default function ${n.view}({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].${n.stem};
  const params = useDemoParams(api, ${n.stem.toUpperCase()}_PARAMS);
  const { steps, lr } = params.values;
  const sizes = api.quick ? ${n.stem.toUpperCase()}_QUICK : ${n.stem.toUpperCase()}_DEFAULTS;
  const data = useRef<${n.view}Data | null>(null);
  const [curve, setCurve] = useState<${n.view}Point[]>([]);
  const inputs = useRef({ steps, lr });
  inputs.current = { steps, lr };

  // the digits are uploaded once; the view is ready when they are, and frees them on unmount
  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = upload${n.view}Data(train, test, sizes.trainDigits, sizes.testDigits);
      api.register({ run, reset: () => { setCurve([]); params.reset(); } });
      api.ready();
    }, (e) => api.fail(e));
    return () => {
      alive = false;
      data.current?.dispose();
      data.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const { steps, lr } = inputs.current;
    setCurve([]);
    const points: ${n.view}Point[] = [];
    const r = await train${n.view}(data.current, { ...sizes, steps, lr, seed: api.seed }, {
      signal,
      onProgress: (f) => api.setProgress(f),
      onPoint: (p) => { points.push(p); setCurve([...points]); },
    });
    api.setMetrics({ accuracy: +r.accuracy.toFixed(4), steps });
  }

  const last = curve[curve.length - 1];
  return (
    <div className="${n.id}-demo">
      <div className="demo-controls">
        <Slider label={fill(t.steps, { steps })} value={steps} control="steps" onChange={(v) => params.set('steps', v)}
          min={${n.stem.toUpperCase()}_PARAMS.steps.min} max={${n.stem.toUpperCase()}_PARAMS.steps.max} step={${n.stem.toUpperCase()}_PARAMS.steps.step} />
        <Choice label={t.lr} value={lr} choices={${n.stem.toUpperCase()}_PARAMS.lr.choices} control="lr" onChange={(v) => params.set('lr', v)} />
      </div>
      <LineChart title={t.chart} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, steps]}
        series={[{ name: t.series, points: curve.map((p) => ({ x: p.step, y: p.accuracy })) }]} />
      <p className="hint">{last ? fill(t.result, { steps: last.step, acc: (last.accuracy * 100).toFixed(1), n: sizes.testDigits }) : t.notRun}</p>
    </div>
  );
}
`;

export const descriptorEntry = (n: Names, title: { zh: string; en: string }) => `    {
      id: '${n.id}',
      title: { zh: '${title.zh}', en: '${title.en}' },
      height: 520,
      needs: [],
      params: () => import('./params').then((m) => m.${n.stem.toUpperCase()}_PARAMS),
      load: () => import('./${n.view}'),
    },
`;

export const topicIndex = (n: Names, entry: string) => `/**
 * The ${n.topic} topic's demos as the site sees them — id (the MDX's <Demo id>), title in both
 * languages, the space the placeholder keeps, the kernels the backend must have, the parameters a
 * link may set, and the view, loaded only when needed. Plain data: part of a lecture page's
 * first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: '${n.topic}',
  lecture: '${n.slug}',
  workloads: () => import('@/demos/${n.topic}').then((m) => m.workloads),
  demos: [
${entry}  ],
};
`;

export const mdxSection = (lang: 'zh' | 'en', id: string) => lang === 'zh' ? `
## 实时演示：${id}

这个演示在你的电脑上训练一个 softmax 回归模型：对每个数字 $x$，模型输出 $\\hat y = \\operatorname{softmax}(Wx + b)$，训练使交叉熵最小：

$$
\\min_{W, b}\\; -\\frac{1}{N} \\sum_{i=1}^{N} \\sum_{k=1}^{10} y_{ik} \\log \\hat y_{ik}
$$

<Demo id="${id}" />

<Notes>先按“运行”，再拖动训练步数，看准确率曲线如何变化。</Notes>
` : `
## Live demo: ${id}

This demo trains a softmax regression on your own computer: for each digit $x$ the model outputs $\\hat y = \\operatorname{softmax}(Wx + b)$, and training minimises the cross-entropy:

$$
\\min_{W, b}\\; -\\frac{1}{N} \\sum_{i=1}^{N} \\sum_{k=1}^{10} y_{ik} \\log \\hat y_{ik}
$$

<Demo id="${id}" />

<Notes>Press Run first, then move the number of training steps and watch the accuracy curve.</Notes>
`;

export const mdxLecture = (lang: 'zh' | 'en', id: string) => (lang === 'zh'
  ? '这一讲还在撰写中：正文来自幻灯片，再深入一步。\n'
  : 'This lecture is being written: its text comes from the slides, and then goes deeper.\n') + mdxSection(lang, id);
