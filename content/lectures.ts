/**
 * The lecture map: one source of truth for navigation, the course home and routes. A page's demos
 * are the <Demo> tags in its MDX (components/site/toc.ts reads them), not listed here. A lecture is
 * `ready` (has a page) once its two MDX files exist.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export type Lang = 'zh' | 'en';
export const LANGS: Lang[] = ['zh', 'en'];
export type Part = 'recap' | 'where' | 'whoops' | 'while';
export const PARTS: Part[] = ['recap', 'where', 'whoops', 'while'];

export interface Lecture {
  slug: string;
  part: Part;
  title: Record<Lang, string>;
  /** the slides' titles this lecture covers */
  slides: string;
  /** the page exists: both of its MDX files are written */
  ready: boolean;
}

/** The course plan, in course order; which lectures are live follows from the topic registry. */
const PLAN: Omit<Lecture, 'ready'>[] = [
  { slug: 'recap', part: 'recap', title: { zh: '回顾：卷积与学习', en: 'Recap: convolution and learning' }, slides: '卷积层, 学习什么, 如何学习, 各种模型结构' },
  { slug: 'few-shot-learning', part: 'where', title: { zh: '小样本下深度学习', en: 'Deep learning from few examples' }, slides: '小样本下深度学习 ×6' },
  { slug: 'federated-learning', part: 'where', title: { zh: '隐私保护下的大数据学习', en: 'Learning from private data: federated learning' }, slides: '隐私保护下的大数据学习 ×4' },
  { slug: 'lightweight-networks', part: 'where', title: { zh: '轻量化神经网络模型', en: 'Lightweight neural networks' }, slides: '轻量化神经网络模型' },
  { slug: 'graph-neural-networks', part: 'where', title: { zh: '图神经网络 GNN', en: 'Graph neural networks' }, slides: '图神经网络GNN ×3' },
  { slug: 'bayesian-deep-learning', part: 'where', title: { zh: '贝叶斯深度学习', en: 'Bayesian deep learning' }, slides: '贝叶斯深度学习 ×2' },
  { slug: 'automl', part: 'where', title: { zh: '自动机器学习 AutoML', en: 'Automated machine learning (AutoML)' }, slides: '自动机器学习AutoML ×3' },
  { slug: 'self-supervised-learning', part: 'where', title: { zh: '自监督学习', en: 'Self-supervised learning' }, slides: '自监督学习 ×6' },
  { slug: 'continual-learning', part: 'where', title: { zh: '终身学习', en: 'Lifelong (continual) learning' }, slides: '终身学习 ×4' },
  { slug: 'generalization-mysteries', part: 'whoops', title: { zh: '为什么神经网络没有过拟合？', en: 'Why don’t neural networks overfit?' }, slides: '为什么没有过拟合, double descent, 彩票假说' },
  { slug: 'adversarial-robustness', part: 'whoops', title: { zh: '鲁棒性/安全性：对抗样本', en: 'Robustness and security: adversarial examples' }, slides: '鲁棒性/安全性 ×6' },
  { slug: 'interpretability', part: 'whoops', title: { zh: '模型可解释性', en: 'Interpretability' }, slides: '模型可解释性 ×6' },
  { slug: 'spiking-neural-networks', part: 'whoops', title: { zh: '脉冲神经网络', en: 'Spiking neural networks' }, slides: '脉冲神经网络' },
  { slug: 'cognition-and-ethics', part: 'whoops', title: { zh: '认知与推理、伦理与公平', en: 'Cognition and reasoning, ethics and fairness' }, slides: '认知与推理, 伦理与公平' },
  { slug: 'perspectives', part: 'while', title: { zh: '评大众观点', en: 'Weighing popular views' }, slides: '评大众观点, 讨论, 结论, 人-机鸿沟' },
];

// Server code, scripts and tests only (never client code): the page exists once both MDX files do.
// Not read from the topic registry on purpose: a server import of the descriptors would pull
// their lazy views into every page's first load.
const written = (slug: string) => ['zh', 'en'].every((lang) => existsSync(path.join(process.cwd(), 'content', lang, `${slug}.mdx`)));
export const LECTURES: Lecture[] = PLAN.map((l) => ({ ...l, ready: written(l.slug) }));

export const readyLectures = () => LECTURES.filter((l) => l.ready);
export const findLecture = (slug: string) => LECTURES.find((l) => l.slug === slug);

/** previous / next among ready lectures, in course order */
export function neighbours(slug: string) {
  const ready = readyLectures();
  const i = ready.findIndex((l) => l.slug === slug);
  return { prev: i > 0 ? ready[i - 1] : undefined, next: i >= 0 && i < ready.length - 1 ? ready[i + 1] : undefined };
}

export const isLang = (s: string): s is Lang => (LANGS as string[]).includes(s);
