/** The PGD demo's strings, both languages (Chinese follows the slides' wording). */
const zh = {
  intro: '在 {n} 个测试数字上，用 PGD 攻击两个模型：普通训练的数字 CNN，和用 PGD 对抗训练的模型（Madry 等人的做法：每个训练批次都换成它的 PGD 对抗样本）。PGD 从 ε 盒子里的随机点出发，走 k 步、步长 α = 2.5·ε/k，每步投影回盒子。ε = 0 就是干净准确率。',
  steps: 'PGD 步数 k = {k}', std: '普通训练的 CNN', adv: '对抗训练的模型（PGD，ε = 0.3）',
  chartTitle: 'PGD 攻击下的准确率随 ε 的变化：普通训练与对抗训练', accuracy: '准确率',
  progress: '已完成 {done} / {total} 组（模型、ε），用时 {s} 秒{still}', still: '；仍在运行：其它 ε', notRun: '点击“运行”开始实验。',
  headline: 'ε = 0.3 的 PGD（{k} 步）：普通训练的 CNN 准确率 {std}%，对抗训练的模型 {adv}%。干净准确率分别为 {cstd}% 和 {cadv}%：鲁棒性是用一点干净准确率换来的。',
  paper: 'Madry 等人（2018）：MNIST 上对抗训练的 CNN，干净准确率 98.8%，在 ε = 0.3、40 步 PGD 白盒攻击下仍有 93.2%。',
  trainNote: '对抗训练的模型由 scripts/train/adversarial-pgd.ts 训练（每批 {k} 步 PGD，ε 从 0 逐渐增大到 0.3），训练时的数字见 public/models/digit-cnn-pgd/metrics.json。',
};

const en: typeof zh = {
  intro: 'PGD against two models on {n} test digits: the ordinarily trained digit CNN, and a model trained adversarially with PGD (Madry et al.’s recipe: every training batch is replaced by its PGD adversarial examples). PGD starts at a random point of the ε-box and takes k steps of size α = 2.5·ε/k, projecting back into the box after each. ε = 0 is the clean accuracy.',
  steps: 'PGD steps k = {k}', std: 'CNN, ordinary training', adv: 'adversarially trained model (PGD, ε = 0.3)',
  chartTitle: 'Accuracy under PGD vs ε: ordinary and adversarial training', accuracy: 'accuracy',
  progress: '{done} of {total} (model, ε) cells done in {s} s{still}', still: '; still running: the other ε values', notRun: 'Press Run to start the experiment.',
  headline: 'PGD at ε = 0.3 ({k} steps): the ordinarily trained CNN keeps {std}% accuracy, the adversarially trained model {adv}%. Clean accuracy is {cstd}% and {cadv}%: robustness is bought with some clean accuracy.',
  paper: 'Madry et al. (2018): their adversarially trained MNIST CNN has 98.8% clean accuracy and keeps 93.2% under a 40-step white-box PGD attack at ε = 0.3.',
  trainNote: 'The adversarially trained model comes from scripts/train/adversarial-pgd.ts ({k} PGD steps per batch, ε ramped from 0 up to 0.3); its training numbers are in public/models/digit-cnn-pgd/metrics.json.',
};

export const PGD_STRINGS = { zh, en };
