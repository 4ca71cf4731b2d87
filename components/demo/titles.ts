/**
 * Every demo's title in both languages: plain data, so server code (presenter mode's slide
 * titles) can read it without pulling the demos' lazy views into a page's first load.
 */
import type { Lang } from '@/content/lectures';

export const DEMO_TITLES: Record<string, Record<Lang, string>> = {
  fgsm: { zh: 'FGSM 对抗攻击实验台', en: 'FGSM playground' },
  'fgsm-sweep': { zh: '准确率随 ε 的变化', en: 'Accuracy vs ε' },
  'activation-max': { zh: '激活最大化：输出神经元想要什么', en: 'Activation maximisation: what each output neuron wants' },
  cam: { zh: '类激活图：在杂乱画布上定位数字', en: 'Class activation maps: finding digits among clutter' },
  dissection: { zh: '解剖卷积核：每个通道在找什么', en: 'Dissecting kernels: what each channel looks for' },
  lrp: { zh: '逐层相关性传播（LRP）与梯度显著图', en: 'Layer-wise relevance propagation beside gradient saliency' },
  'mc-regression': { zh: 'MC dropout 回归：离数据越远，越不确定', en: 'MC-dropout regression: the further from the data, the less sure' },
  'mc-classify': { zh: 'MC dropout 分类：旋转的数字与分布外输入', en: 'MC-dropout classification: rotated digits and out-of-distribution inputs' },
  'message-passing': { zh: '消息传递：看特征沿着边流动', en: 'Message passing: watch features flow along the edges' },
  'gcn-karate': { zh: '空手道俱乐部上的 GCN：每派只标一个人', en: 'A GCN on the karate club: one label per faction' },
  'graph-classification': { zh: '图分类：只看结构', en: 'Graph classification from structure alone' },
  'gcn-scale': { zh: '一万个节点的 GCN：稀疏消息传递', en: 'A GCN on 10,000 nodes: sparse message passing' },
  fedavg: { zh: 'FedAvg、FedSGD 与集中式训练：通信轮数', en: 'FedAvg vs FedSGD vs centralised: communication rounds' },
  'non-iid': { zh: '统计异质性：非独立同分布的数据', en: 'Statistical heterogeneity: non-IID data' },
  compression: { zh: '通信代价：压缩上传的更新', en: 'Expensive communication: compressing the updates' },
  stragglers: { zh: '系统异质性：掉队的客户端与 FedProx', en: 'System heterogeneity: stragglers and FedProx' },
  'dp-noise': { zh: '隐私：裁剪加噪声（DP-FedAvg）', en: 'Privacy: clipping and noise (DP-FedAvg)' },
  transfer: { zh: '迁移学习：冻结特征、微调与从头训练', en: 'Transfer learning: frozen features, fine-tuning, training from scratch' },
  'own-symbols': { zh: '教它认识你自己画的符号', en: 'Teach it your own symbols' },
  'multi-task': { zh: '多任务学习：共享主干与两个头', en: 'Multi-task learning: one shared trunk, two heads' },
  matching: { zh: '匹配网络：在没见过的数字上做小样本分类', en: 'Matching networks: few-shot classification of unseen digits' },
  unfolding: { zh: '深度展开：把迭代算法变成网络', en: 'Deep unfolding: an iterative algorithm becomes a network' },
};
