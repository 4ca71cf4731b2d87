/** The transfer demo's strings, both languages (Chinese follows the slides' wording). */
const zh = {
  intro: '目标模型是本站用随机噪声增广训练的数字 CNN，攻击者看不到它的参数，只有自己的 {attacker} 个数字（目标模型从未见过），并且可以向目标模型提交输入、得到它给出的标签。它在浏览器里现场训练两个替代模型：softmax 回归（用这些数字的真实标签）和一个多层感知机（用查询目标模型得到的标签，Papernot 等人的做法）；它还有一个事先为同一任务训练好的 CNN（本站普通训练的数字 CNN，结构和训练方法都不同）。在每个替代模型上做白盒 FGSM / PGD，把对抗样本交给目标模型，在 {n} 个别的测试数字上统计它的错误率。',
  attack: '在源模型上使用的攻击', fgsm: 'FGSM（一步）', pgd: 'PGD（{k} 步）',
  training: '正在训练替代模型 {name}：第 {epoch} / {epochs} 轮，损失 {loss}',
  subs: '替代模型在测试数字上的准确率：softmax 回归 {lin}%，MLP {mlp}%；MLP 用了 {q} 次查询（目标模型的回答与真实标签一致的比例为 {agree}%）。',
  progress: '已完成 {done} / {total} 组（源模型、攻击、ε），用时 {s} 秒{still}',
  left: '；约剩 {left} 秒',
  soFar: '（目前只有 FGSM 的结果；PGD 的格子算完后这些数字会更新，只会升高）',
  still: '；仍在运行：{what}', stillMatrix: 'ε = 0.25 的迁移矩阵（最后是经过两个 CNN 的 PGD）', stillSweep: '其它 ε 的曲线（最后是目标模型上的白盒 PGD）',
  notRun: '点击“运行”开始：先训练替代模型，再攻击。',
  chartTitle: '目标 CNN 的错误率随 ε 的变化：白盒、迁移（黑盒）与随机噪声', error: '目标模型的错误率',
  whitebox: '白盒：直接攻击目标模型', fromCnn: '迁移：来自攻击者自己的 CNN', fromMlp: '迁移：来自 MLP（查询标签）', fromLinear: '迁移：来自 softmax 回归', noise: '同样大小的随机 ±ε 噪声',
  matrixCaption: 'ε = 0.25 时的迁移矩阵：在“源模型”（行）上生成的对抗样本让“目标模型”（列）出错的比例；对角线是白盒攻击',
  source: '源模型 ↓ / 目标模型 →',
  names: { target: '目标 CNN（噪声增广训练）', cnn: '攻击者的 CNN（普通训练）', linear: 'softmax 回归替代模型', mlp: 'MLP 替代模型（查询标签）', noise: '随机噪声（对照）' },
  headline: 'ε = 0.25：最好的迁移攻击（来自{best}）让目标 CNN 的错误率达到 {transfer}%，白盒攻击 {whitebox}%，同样大小的随机噪声只有 {noise}%。攻击者从未见过目标模型的参数。',
  paper: 'Papernot 等人（2017）：用查询标签训练的替代模型生成 FGSM 对抗样本（ε = 0.3），MetaMind 的远程 MNIST 模型把其中 84.24% 分错。',
};

const en: typeof zh = {
  intro: 'The target is the site’s digit CNN trained with random-noise augmentation. The attacker cannot see its parameters; it has only {attacker} digits of its own (the target never saw them) and may submit inputs to the target and read back its labels. It trains two substitutes live in your browser: softmax regression (on those digits’ true labels) and a multilayer perceptron (on the labels it got by querying the target, as Papernot et al. do); it also has a CNN it trained beforehand for the same task (the site’s plainly trained digit CNN: another architecture and recipe). It attacks each substitute white-box with FGSM / PGD, sends the adversarial examples to the target, and we count the target’s error rate on {n} other test digits.',
  attack: 'Attack made on the source', fgsm: 'FGSM (one step)', pgd: 'PGD ({k} steps)',
  training: 'Training substitute {name}: epoch {epoch} / {epochs}, loss {loss}',
  subs: 'Substitutes’ accuracy on the test digits: softmax regression {lin}%, MLP {mlp}%; the MLP used {q} queries (the target’s answers agree with the true labels {agree}% of the time).',
  progress: '{done} of {total} (source, attack, ε) cells done in {s} s{still}',
  left: '; about {left} s left',
  soFar: '(FGSM cells only so far; these numbers are updated, and can only rise, as the PGD cells finish)',
  still: '; still running: {what}', stillMatrix: 'the transfer matrix at ε = 0.25 (PGD through the two CNNs last)', stillSweep: 'the other ε values (white-box PGD on the target comes last)',
  notRun: 'Press Run: the substitutes are trained first, then attacked.',
  chartTitle: 'Error of the target CNN vs ε: white-box, transferred (black-box) and random noise', error: 'error rate of the target',
  whitebox: 'white-box: attacking the target itself', fromCnn: 'transfer: from the attacker’s own CNN', fromMlp: 'transfer: from the MLP (queried labels)', fromLinear: 'transfer: from softmax regression', noise: 'random ±ε noise of the same size',
  matrixCaption: 'Transfer matrix at ε = 0.25: how often adversarial examples made on the source (row) fool the target (column); the diagonal is the white-box attack',
  source: 'source ↓ / target →',
  names: { target: 'target CNN (noise-augmented)', cnn: 'attacker’s CNN (plain training)', linear: 'softmax-regression substitute', mlp: 'MLP substitute (queried labels)', noise: 'random noise (control)' },
  headline: 'At ε = 0.25 the best transferred attack (from the {best}) makes the target CNN wrong on {transfer}% of digits, the white-box attack on {whitebox}%, random noise of the same size on only {noise}%. The attacker never saw the target’s parameters.',
  paper: 'Papernot et al. (2017): FGSM examples (ε = 0.3) made on a substitute trained with queried labels were misclassified 84.24% of the time by MetaMind’s remote MNIST model.',
};

export const TRANSFER_STRINGS = { zh, en };
