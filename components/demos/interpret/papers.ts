/**
 * The interpret demos' numbers beside the papers': Simonyan et al. (ICLR Workshop 2014), Zhou et
 * al. (CVPR 2016: abstract and Table 3), Bau et al. (CVPR 2017) and Bach et al. (PLOS ONE 2015).
 * Only Zhou et al. state a number, and it measures something stricter than this page does; the
 * others show their results in pictures. Loaded with the views, never in the page's first load.
 */
import { withPaper } from '@/components/demo/paper';

export const ACTMAX_PAPER = withPaper({
  ref: 'simonyan2014',
  figure: null,
  setting: {
    zh: '在 ImageNet 上训练的卷积网络，对 softmax 之前的类得分做 L2 正则化的梯度上升，得到各类别的“类模型”图像（如哑铃、杯子、斑点狗）；论文只展示图像，没有报告数字',
    en: 'a convolutional network trained on ImageNet: L2-regularised gradient ascent on the pre-softmax class score gives each class’s “class model” image (dumbbell, cup, dalmatian, …); the paper shows the images and reports no number',
  },
  metric: 'mean-prob',
  format: { percent: true },
  pageSetting: {
    zh: '我们在 MNIST 上训练的小型 CNN，10 个类别，你选的 λ 与正则化，200 步（快速模式 30 步）后，每张“梦”被判为它对应类别的平均 softmax 概率',
    en: 'our small CNN trained on MNIST, 10 classes, the λ and regularisers you chose, after 200 steps (30 in quick mode): the mean softmax probability that each “dream” belongs to its own class',
  },
  why: {
    zh: '论文展示的是：这些图里能依稀认出物体的局部（哑铃的轮廓、斑点狗的斑纹），但局部会在多处重复、并不完整；本页用同样的目标（抖动和模糊两种正则化来自后来的工作，如 Yosinski 等人 2015），检验的是另一面：人未必认得出的“梦”，模型却以很高的概率判为对应的类别。',
    en: 'the paper shows that parts of the object can faintly be made out in these images (a dumbbell’s outline, a dalmatian’s spots), repeated in several places rather than whole; this page uses the same objective (its jitter and blur regularisers come from later work such as Yosinski et al. 2015) and checks the other side: “dreams” a person may not recognise are still given to their class with high probability.',
  },
});

export const CAM_PAPER = withPaper({
  ref: 'zhou2016',
  figure: '37.1%',
  setting: {
    zh: 'ILSVRC 2014 测试集，GoogLeNet-GAP 只用图像级标签训练，由 CAM 阈值化得到边框：top-5 定位错误率（越低越好；只有类别正确且边框与真实边框的 IoU ≥ 0.5 才算定位正确；全监督的 AlexNet 为 34.2%）',
    en: 'ILSVRC 2014 test set, GoogLeNet-GAP trained with image-level labels only, boxes drawn by thresholding the CAM: top-5 localisation error (lower is better; a guess counts only if its class is right and its box overlaps the true box with IoU ≥ 0.5; fully supervised AlexNet: 34.2%)',
  },
  metric: 'localization',
  format: { percent: true },
  pageSetting: {
    zh: '500 张留出的杂乱画布（快速模式 100 张），我们的 GAP 网络：预测类别的 CAM 峰值落在数字真实框内的比例（命中率，越高越好）',
    en: '500 held-out cluttered canvases (100 in quick mode), our GAP network: how often the predicted class’s CAM peak falls inside the digit’s true box (a hit rate: higher is better)',
  },
  why: {
    zh: '两个数字衡量的不是同一件事：论文的是错误率，要求画出的边框与真实边框的 IoU ≥ 0.5，且 1,000 个类别的前 5 个猜测中有一个类别正确，比本页“一个峰值点落进框内”的命中率严格得多，画布上也只有一个数字、10 个类别，所以不能拿 37.1% 与本页的数字直接比较，共同点只是：两者都从未用任何位置信息训练。',
    en: 'the two numbers measure different things: the paper’s is an error rate that requires a drawn box to overlap the true box with IoU ≥ 0.5 and one of five guesses among 1,000 classes to be right, far stricter than this page’s hit rate of “one peak point lands inside the box” on canvases with one digit and 10 classes, so 37.1% cannot be set against this page’s number; what they share is only that neither network was ever trained with a location.',
  },
});

export const DISSECTION_PAPER = withPaper({
  ref: 'bau2017',
  figure: null,
  setting: {
    zh: 'Broden 数据集（约 1,200 个有像素级分割的视觉概念），AlexNet 等网络：单元激活区域与概念分割的 IoU > 0.04 才算该概念的检测器；论文以图表给出各层的检测器：低层多为颜色和纹理检测器，越往高层，物体和部件检测器越多',
    en: 'the Broden data set (about 1,200 visual concepts with pixel-level segmentations), AlexNet and other networks: a unit counts as a concept’s detector if the IoU of where it fires and the concept’s segmentation exceeds 0.04; the paper charts the detectors of each layer: mostly colour and texture in low layers, more and more objects and parts in higher ones',
  },
  metric: 'selectivity-features',
  format: { percent: true },
  pageSetting: {
    zh: '2,000 个测试数字（快速模式 300 个），我们的数字 CNN：最后一个卷积层（features，96 个通道）的平均类别选择性；conv1 和 conv2 的数值见演示中的表格，随机水平为 10%',
    en: '2,000 test digits (300 in quick mode), our digit CNN: the mean class selectivity of its last conv layer (features, 96 channels); conv1 and conv2 are in the demo’s table, and chance is 10%',
  },
  why: {
    zh: 'MNIST 没有概念分割，本页算不出论文的 IoU，只能用更粗的替代量（每个通道激活最强的 50 张图像中最常见类别的占比）检验类似的趋势：越深的层，单元越接近整个数字这一级的概念，选择性应高于 conv1。',
    en: 'MNIST has no concept segmentations, so this page cannot compute the paper’s IoU; it checks a similar trend with a cruder stand-in (the share of the commonest class among each channel’s 50 most exciting images): deeper units come closer to whole-digit concepts, so their selectivity should exceed conv1’s.',
  },
});

export const LRP_PAPER = withPaper({
  ref: 'bach2015',
  figure: null,
  setting: {
    zh: '论文提出逐层相关性传播并要求相关性守恒（每一层的相关性之和都等于输出 f(x)），在 PASCAL VOC、合成图像、MNIST 手写数字和 ImageNet 模型上给出像素级热力图；没有一个可供对照的数字',
    en: 'the paper introduces layer-wise relevance propagation with relevance conservation (each layer’s relevances sum to the output f(x)) and shows pixel-wise heatmaps for PASCAL VOC, synthetic images, MNIST digits and an ImageNet model; it has no single number to set beside this one',
  },
  metric: 'conservation',
  format: { percent: true },
  pageSetting: {
    zh: '我们的数字 CNN，你选的数字和类别，你选的 ε：到达像素的相关性之和占 f_c 的比例',
    en: 'our digit CNN, the digit and class you chose, your ε: the sum of the pixels’ relevances as a share of f_c',
  },
  why: {
    zh: '守恒只在无偏置且 ε → 0 时严格成立；我们的网络有偏置，ε 规则也会吸收一部分相关性，所以本页检验的是：ε 很小时 f_c 的大部分到达像素，ε 越大，被吸收的越多、比例越低。',
    en: 'conservation is exact only without biases and as ε → 0; our network has biases and the ε-rule absorbs some relevance, so this page checks that most of f_c reaches the pixels for a small ε and that the share falls as a larger ε absorbs more.',
  },
});
