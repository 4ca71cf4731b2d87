/**
 * The defence views' strings, in both languages (beside strings.ts so the two halves of the topic
 * can be edited at once). Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  common: {
    eps: '扰动大小 ε = {eps}（L∞，像素取值 0–1）',
    digits: '测试数字个数',
    progress: '已完成 {done} / {total} 个数字，用时 {s} 秒',
    running: '正在计算……（每批数字的所有行同时推进）',
    notRun: '点击“运行”开始实验。',
    row: '情形', acc: '准确率',
    pred: '预测 {cls}（{p}%）',
    accChart: '准确率（已完成的数字上）',
  },
  ae: {
    intro: '一个只在干净数字（加随机噪声）上训练的去噪自编码器放在 CNN 前面：分类器看到的是 AE(x)。在 {n} 个留出的测试数字上，用 PGD（{steps} 步）攻击：一种攻击者不知道防御的存在，只攻击 CNN；另一种攻击者把“自编码器 + 分类器”当作一个模型求梯度（白盒，自适应）。',
    rows: {
      clean: '干净图像，无防御', cleanAe: '干净图像，经过自编码器',
      fgsm: 'FGSM（只攻击 CNN），无防御', fgsmAe: 'FGSM（只攻击 CNN），经过自编码器',
      pgd: 'PGD（只攻击 CNN），无防御', unaware: 'PGD（只攻击 CNN），经过自编码器 —— 不知情的攻击者',
      adaptive: 'PGD 穿过“自编码器 + CNN”，经过自编码器 —— 自适应攻击者',
    },
    images: ['原图 x', '不知情攻击 x̃', '自编码器输出 AE(x̃)', '自适应攻击 x̃', 'AE(自适应 x̃)'],
    imagesTitle: '第一个测试数字：每张图下面是 CNN 对它的预测',
    verdict: '不知情的攻击者：准确率从无防御时的 {pgd}% 恢复到 {unaware}%。自适应攻击者（对自编码器求导）：只剩 {adaptive}%。干净图像经过自编码器仍有 {cleanAe}%（无防御 {clean}%）。',
  },
  gen: {
    intro: '生成器 G 是一个在干净数字上训练的 VAE 的解码器（z ∈ ℝ¹⁶）。对每个输入 x，从 R = {R} 个随机起点出发，对 z 做 L = {L} 步梯度下降求 z* = argmin ‖G(z) − x‖²，分类器看到的是 G(z*)。在 {n} 个留出的测试数字上比较：只攻击 CNN 的 PGD（不知情），以及用 BPDA 的自适应 PGD（前向运行真正的投影，反向用生成器在 z* 处的切平面 J·Jᵀ 近似投影的导数），各 {K} 步。',
    rows: {
      clean: '干净图像，无防御', cleanGen: '干净图像，投影到 G 的值域',
      pgd: 'PGD（只攻击 CNN），无防御', unaware: 'PGD（只攻击 CNN），经过投影 —— 不知情的攻击者',
      adaptive: 'BPDA + PGD，经过投影 —— 自适应攻击者',
    },
    images: ['原图 x', 'G(z*(x))', '不知情攻击 x̃', 'G(z*(x̃))', 'BPDA 攻击 x̃', 'G(z*(x̃))'],
    imagesTitle: '第一个测试数字：输入与它的投影 G(z*)，每张图下面是 CNN 的预测',
    restarts: '随机起点数 R', steps: '梯度步数 L',
    cost: '投影的代价：每个数字 {ms} 毫秒（R = {R} 个起点 × L = {L} 步，在当前后端上实测）。BPDA 攻击每一步都要投影一次。',
    verdict: '不知情的攻击者：准确率从无防御时的 {pgd}% 恢复到 {unaware}%。BPDA 自适应攻击者：只剩 {adaptive}%。干净图像投影后的准确率为 {cleanGen}%（无防御 {clean}%）。',
  },
};

const en: typeof zh = {
  common: {
    eps: 'perturbation size ε = {eps} (L∞, pixels range 0–1)',
    digits: 'test digits',
    progress: '{done} / {total} digits done in {s} s',
    running: 'Computing… (all rows advance together, batch by batch)',
    notRun: 'Press Run to start the experiment.',
    row: 'setting', acc: 'accuracy',
    pred: 'says {cls} ({p}%)',
    accChart: 'accuracy (on the digits done so far)',
  },
  ae: {
    intro: 'A denoising autoencoder trained only on clean digits (plus random noise) sits in front of the CNN: the classifier sees AE(x). On {n} held-out test digits, PGD ({steps} steps) attacks twice: once by an attacker who does not know the defence is there and attacks the CNN alone, once by an attacker who takes gradients through “autoencoder + classifier” as one model (white-box, adaptive).',
    rows: {
      clean: 'clean images, no defence', cleanAe: 'clean images, through the autoencoder',
      fgsm: 'FGSM (on the CNN alone), no defence', fgsmAe: 'FGSM (on the CNN alone), through the autoencoder',
      pgd: 'PGD (on the CNN alone), no defence', unaware: 'PGD (on the CNN alone), through the autoencoder: the unaware attacker',
      adaptive: 'PGD through “autoencoder + CNN”, through the autoencoder: the adaptive attacker',
    },
    images: ['original x', 'unaware attack x̃', 'autoencoder output AE(x̃)', 'adaptive attack x̃', 'AE(adaptive x̃)'],
    imagesTitle: 'The first test digit: under each image, what the CNN predicts for it',
    verdict: 'Unaware attacker: accuracy comes back from {pgd}% without the defence to {unaware}%. Adaptive attacker (differentiating through the autoencoder): only {adaptive}% is left. Clean images through the autoencoder: {cleanAe}% (no defence: {clean}%).',
  },
  gen: {
    intro: 'The generator G is the decoder of a VAE trained on clean digits (z ∈ ℝ¹⁶). For each input x, z* = argmin ‖G(z) − x‖² is found by L = {L} gradient steps on z from each of R = {R} random starting points, and the classifier sees G(z*). On {n} held-out test digits: PGD on the CNN alone (unaware), and an adaptive PGD using BPDA (the real projection in the forward pass; in the backward pass, the projection’s derivative approximated by the generator’s tangent plane J·Jᵀ at z*), {K} steps each.',
    rows: {
      clean: 'clean images, no defence', cleanGen: 'clean images, projected onto G’s range',
      pgd: 'PGD (on the CNN alone), no defence', unaware: 'PGD (on the CNN alone), projected: the unaware attacker',
      adaptive: 'BPDA + PGD, projected: the adaptive attacker',
    },
    images: ['original x', 'G(z*(x))', 'unaware attack x̃', 'G(z*(x̃))', 'BPDA attack x̃', 'G(z*(x̃))'],
    imagesTitle: 'The first test digit: inputs and their projections G(z*); under each image, the CNN’s prediction',
    restarts: 'random starts R', steps: 'gradient steps L',
    cost: 'The projection’s cost: {ms} ms per digit (R = {R} starts × L = {L} steps, measured on this backend). The BPDA attack projects once per step.',
    verdict: 'Unaware attacker: accuracy comes back from {pgd}% without the defence to {unaware}%. BPDA adaptive attacker: only {adaptive}% is left. Clean images after projection: {cleanGen}% (no defence: {clean}%).',
  },
};

export const DEFENCE_STRINGS = { zh, en };
