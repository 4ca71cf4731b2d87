/**
 * The adversarial demos' numbers beside Goodfellow et al.'s (ICLR 2015, §4 and §5): loaded with
 * the views, never in the page's first load.
 */
import { withPaper } from '@/components/demo/paper';

export const FGSM_PAPER = withPaper({
  ref: 'goodfellow2015',
  figure: '97.6%',
  setting: {
    zh: 'MNIST 测试集，maxout 网络，ε = 0.25 的 FGSM 对抗样本被错分时的平均置信度',
    en: 'MNIST test set, maxout network: mean confidence on its misclassified FGSM examples at ε = 0.25',
  },
  metric: 'conf-adv',
  format: { percent: true },
  pageSetting: { zh: '这一个数字、你选的 ε，我们的小型 CNN 对攻击后预测的置信度', en: 'this one digit at your ε: our small CNN’s confidence in its prediction after the attack' },
  why: {
    zh: '论文是整个测试集在 ε = 0.25 时的平均值，网络也不同；这里是一个数字、一个 ε。共同点是：被攻击后模型往往错得很“自信”。',
    en: 'the paper averages over the whole test set at ε = 0.25 with another network; this is one digit at one ε. What they share: after the attack the model is often confidently wrong.',
  },
});

export const SWEEP_PAPER = withPaper({
  ref: 'goodfellow2015',
  figure: '10.6%',
  setting: {
    zh: 'MNIST 测试集，maxout 网络，FGSM ε = 0.25 下的准确率（论文报告错误率 89.4%）',
    en: 'MNIST test set, maxout network: accuracy under FGSM at ε = 0.25 (the paper reports an 89.4% error rate)',
  },
  metric: 'acc-eps25',
  format: { percent: true },
  pageSetting: { zh: '1,000 个留出的测试数字（快速模式 200 个），我们的小型 CNN，ε = 0.25', en: '1,000 held-out test digits (200 in quick mode), our small CNN, ε = 0.25' },
  why: {
    zh: '模型不同（我们的 CNN 在 8,000 个数字上训练，以全局平均池化结尾），测试数字也更少；数字不必相同，但同样会崩溃。ε 较小时同样大小的随机噪声危害小得多；到 ε = 0.25，这个从未见过噪声的模型连随机正负号噪声也扛不住（实测约 9% 正确），对照用噪声训练的模型即可看出区别。',
    en: 'a different model (our CNN, trained on 8,000 digits, ends in global average pooling) and fewer test digits; the numbers need not match, but it collapses just the same. At small ε random noise of the same size hurts far less; at ε = 0.25 this model, never trained on noise, is broken by random signs too (about 9% correct, measured): compare the noise-trained model.',
  },
});

/* The defence demos (ae-defence, gen-defence): the defences' own claims, and what an adaptive attacker does to them. */
export const AE_DEFENCE_PAPER = withPaper({
  ref: 'meng2017',
  figure: null,
  setting: {
    zh: 'MagNet 在 MNIST 上：检测器 + 自编码器“改造器”，攻击者不知道防御的存在（黑盒 / 灰盒）时，对多种攻击的分类准确率接近 100%',
    en: 'MagNet on MNIST: detectors + an autoencoder “reformer”; against attacks that do not know the defence is there (black-box / grey-box), classification accuracy close to 100% for many attacks',
  },
  metric: 'acc-unaware',
  format: { percent: true },
  pageSetting: {
    zh: '只有“改造器”（一个去噪自编码器，无检测器），我们的 CNN，100 个留出的测试数字（快速模式 50 个），只攻击 CNN 的 PGD；同一批数字上的自适应攻击见表格',
    en: 'the reformer only (one denoising autoencoder, no detector), our CNN, 100 held-out test digits (50 in quick mode), PGD on the CNN alone; the adaptive attack on the same digits is in the table',
  },
  why: {
    zh: 'MagNet 的 ε 小得多，还有检测器拒绝可疑输入；这里 ε 大、只有自编码器，所以恢复得不那么完全。论文没有针对白盒自适应攻击的数字：Carlini 和 Wagner（2017）随后把“自编码器 + 分类器”当作一个模型攻击，绕过了它——和表格最后一行一样。',
    en: 'MagNet used much smaller ε and adds detectors that reject suspicious inputs; here ε is large and there is only the autoencoder, so the recovery is less complete. The paper gives no number against a white-box adaptive attacker: Carlini and Wagner (2017) then attacked “autoencoder + classifier” as one model and got through, as the table’s last row does.',
  },
});

export const GEN_DEFENCE_PAPER = withPaper({
  ref: 'athalye2018',
  figure: '55%',
  setting: {
    zh: 'Defense-GAN 在 MNIST 上的准确率，Athalye 等人的 BPDA 攻击，L2 扰动（归一化 ε = 0.005），论文把这次攻击标为“部分成功”',
    en: 'Defense-GAN’s accuracy on MNIST under Athalye et al.’s BPDA attack, L2 perturbations (normalised ε = 0.005), marked in the paper as a partially successful attack',
  },
  metric: 'acc-adaptive',
  format: { percent: true },
  pageSetting: {
    zh: '一个 VAE 解码器代替 GAN，R 个随机起点 × L 步梯度下降的投影，我们的 CNN，50 个留出的测试数字（快速模式 20 个），L∞ 下 ε = 0.3 的 10 步 BPDA + PGD（反向用生成器的切平面近似投影）',
    en: 'a VAE decoder in place of the GAN, projection by R random starts × L gradient steps, our CNN, 50 held-out test digits (20 in quick mode), 10-step BPDA + PGD in L∞ at ε = 0.3 (backward pass: the generator’s tangent plane)',
  },
  why: {
    zh: '生成器、投影的步数、扰动的范数和大小、反向传播的近似都不同（这里恒等近似较弱，所以用切平面近似）。共同点是：只要为投影找一个可微的近似，攻击者就能让投影后的图像被错分，投影本身“难以求导”挡不住他。',
    en: 'the generator, the projection’s steps, the norm and size of the perturbation and the backward approximation all differ (here the identity is weak, so the tangent plane is used). What they share: a differentiable stand-in for the projection is enough to get projected images misclassified; the projection being “hard to differentiate” does not stop the attacker.',
  },
});

export const TRANSFER_PAPER = withPaper({
  ref: 'papernot2017',
  figure: '84.24%',
  setting: {
    zh: 'MNIST，MetaMind 的远程 DNN 作为目标，替代 DNN 用查询得到的标签训练（150 个初始样本 + 6 轮雅可比数据增广），FGSM ε = 0.3：被目标错分的对抗样本比例',
    en: 'MNIST, MetaMind’s remote DNN as the target, a substitute DNN trained on queried labels (150 seed digits + 6 rounds of Jacobian data augmentation), FGSM at ε = 0.3: share of adversarial examples the target misclassified',
  },
  metric: 'transfer-eps25',
  format: { percent: true },
  pageSetting: {
    zh: '目标是我们用噪声增广训练的数字 CNN；攻击者的源模型：现场训练的 softmax 回归与 MLP（1,000 个自己的数字，MLP 用查询得到的标签）和一个自己的 CNN；200 个留出数字（快速模式 100 个），ε = 0.25，取最好的源模型与攻击（FGSM 或 10 步 PGD）的错误率',
    en: 'the target is our noise-augmented digit CNN; the attacker’s sources: softmax regression and an MLP trained live (1,000 of its own digits, the MLP on queried labels) and a CNN of its own; 200 held-out digits (100 in quick mode), ε = 0.25, error under the best source and attack (FGSM or 10-step PGD)',
  },
  why: {
    zh: '论文的 ε 更大（0.3），目标和替代模型都不同，还用了雅可比数据增广；这里的小型替代模型在浏览器里几秒钟就训练好，迁移得较弱，最好的源模型是攻击者自己的 CNN。共同点：攻击者从未见过目标的参数，迁移过去的错误率远高于同样大小的随机噪声，又低于白盒攻击。',
    en: 'the paper uses a larger ε (0.3), other target and substitute models, and Jacobian augmentation; our small substitutes train in a few seconds in the browser and transfer weakly, so the best source is the attacker’s own CNN. What they share: the attacker never sees the target’s parameters, and the transferred error is far above same-size random noise yet below the white-box attack.',
  },
});

export const PGD_PAPER = withPaper({
  ref: 'madry2018',
  figure: '93.2%',
  setting: {
    zh: 'MNIST 测试集，对抗训练的 CNN（两层卷积 + 1024 维全连接），白盒 PGD，ε = 0.3，40 步、1 次随机重启时的准确率',
    en: 'MNIST test set, adversarially trained CNN (two conv layers + a 1,024-unit dense layer), white-box PGD at ε = 0.3, 40 steps, 1 random restart: accuracy',
  },
  metric: 'robust-acc-adv',
  format: { percent: true },
  pageSetting: {
    zh: '我们的对抗训练模型（一个小型 MLP，8,000 个训练数字，每批 7 步 PGD），200 个留出数字（快速模式 100 个），k 步 PGD（默认 10），ε = 0.3',
    en: 'our adversarially trained model (a small MLP, 8,000 training digits, 7 PGD steps per batch), 200 held-out digits (100 in quick mode), k-step PGD (10 by default), ε = 0.3',
  },
  why: {
    zh: 'Madry 等人用大得多的卷积网络、60,000 个训练数字和约 10 万步训练；我们在两个共享 CPU 核上只能训练一个小 MLP，鲁棒准确率因此低得多。共同点：普通训练的模型在 ε = 0.3 的 PGD 下几乎全错，对抗训练的模型保住了一部分。',
    en: 'Madry et al. used a much larger CNN, 60,000 training digits and ~100k training steps; on two shared CPU cores we could train only a small MLP, so its robust accuracy is much lower. What they share: the ordinarily trained model is almost always wrong under PGD at ε = 0.3, while the adversarially trained one keeps a part.',
  },
});
