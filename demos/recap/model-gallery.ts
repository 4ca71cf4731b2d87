/**
 * model-gallery: eight landmark image classifiers with the numbers their papers report, and for
 * four of them the parameters and multiply–adds counted here, layer by layer, from the
 * architecture the paper describes (the same layerCounts as conv-explorer), so a reader can check
 * the papers' "60 million" and "138 million" rather than take them on trust.
 */
import { layerCounts } from './conv-explorer';

export type ModelId = 'lenet5' | 'alexnet' | 'vgg16' | 'googlenet' | 'resnet50' | 'densenet121' | 'mobilenet' | 'vitb16';

export interface GalleryRow {
  id: ModelId;
  name: string;
  year: number;
  /** content/bibliography.ts id */
  ref: string;
  /** parameters, as the paper reports them (millions) */
  paramsM: number;
  /** multiply–adds per 224×224 image (billions); null where the paper gives none and we count none */
  gmacs: number | null;
  /** ImageNet top-1 accuracy (%), single model; null where the paper reports none */
  top1: number | null;
  /** where each number comes from, in the paper (or "counted here") */
  source: { zh: string; en: string };
  depth: number;
}

export const GALLERY: GalleryRow[] = [
  { id: 'lenet5', name: 'LeNet-5', year: 1998, ref: 'lecun1998', paramsM: 0.06, gmacs: 0.00033, top1: null, depth: 7,
    source: { zh: '§II.B：6 万个可训练参数、约 34 万个连接（输入 32×32 灰度图，不是 ImageNet）；MNIST 测试错误率 0.95%', en: '§II.B: 60,000 trainable parameters, about 340,000 connections (input a 32×32 grey image, not ImageNet); MNIST test error 0.95%' } },
  { id: 'alexnet', name: 'AlexNet', year: 2012, ref: 'krizhevsky2012', paramsM: 60, gmacs: 0.73, top1: 62.5, depth: 8,
    source: { zh: '§1 与 §4：6,000 万参数；ILSVRC-2010 测试集 top-1 错误率 37.5%；乘加数由本页按论文结构逐层计算', en: '§1 and §4: 60 million parameters; ILSVRC-2010 test top-1 error 37.5%; multiply–adds counted here layer by layer from the paper’s architecture' } },
  { id: 'vgg16', name: 'VGG-16', year: 2015, ref: 'simonyan2015', paramsM: 138, gmacs: 15.5, top1: 74.4, depth: 16,
    source: { zh: '表 2：配置 D 共 1.38 亿参数；表 3：尺度抖动训练、单尺度测试 top-1 错误率 25.6%；乘加数由本页计算', en: 'Table 2: configuration D, 138 million parameters; Table 3: scale-jittered training, single-scale test, top-1 error 25.6%; multiply–adds counted here' } },
  { id: 'googlenet', name: 'GoogLeNet', year: 2015, ref: 'szegedy2015', paramsM: 6.8, gmacs: 1.5, top1: null, depth: 22,
    source: { zh: '§5 与表 1：约 680 万参数（比 AlexNet 少 12 倍）、约 15 亿次乘加；论文只报告 top-5 错误率 6.67%', en: '§5 and Table 1: about 6.8 million parameters (12× fewer than AlexNet), about 1.5 billion multiply–adds; the paper reports only the top-5 error, 6.67%' } },
  { id: 'resnet50', name: 'ResNet-50', year: 2016, ref: 'he2016', paramsM: 25.6, gmacs: 3.8, top1: 77.15, depth: 50,
    source: { zh: '表 1：3.8×10⁹ FLOPs（论文的 FLOPs 即乘加）；表 3：10-crop top-1 错误率 22.85%；参数个数论文未列出（2,560 万为常用实现的计数）', en: 'Table 1: 3.8×10⁹ FLOPs (the paper’s FLOPs are multiply–adds); Table 3: 10-crop top-1 error 22.85%; the paper lists no parameter count (25.6 million is the common implementation’s count)' } },
  { id: 'densenet121', name: 'DenseNet-121', year: 2017, ref: 'huang2017', paramsM: 8.0, gmacs: 2.9, top1: 74.98, depth: 121,
    source: { zh: '表 3：单裁剪 top-1 错误率 25.02%；图 3：约 800 万参数、约 2.9×10⁹ FLOPs（从图上读出）', en: 'Table 3: single-crop top-1 error 25.02%; Figure 3: about 8 million parameters and 2.9×10⁹ FLOPs (read off the plot)' } },
  { id: 'mobilenet', name: 'MobileNet', year: 2017, ref: 'howard2017', paramsM: 4.2, gmacs: 0.569, top1: 70.6, depth: 28,
    source: { zh: '表 8：1.0 MobileNet-224，420 万参数、5.69 亿次乘加、top-1 准确率 70.6%', en: 'Table 8: 1.0 MobileNet-224, 4.2 million parameters, 569 million multiply–adds, top-1 accuracy 70.6%' } },
  { id: 'vitb16', name: 'ViT-B/16', year: 2021, ref: 'dosovitskiy2021', paramsM: 86, gmacs: 17.6, top1: 84.0, depth: 12,
    source: { zh: '表 1：ViT-Base 8,600 万参数；先在 ImageNet-21k 上预训练、再在 ImageNet 上微调后 top-1 约 84%（附录表 5）；乘加数由本页按 224×224、196 个图块计算', en: 'Table 1: ViT-Base, 86 million parameters; about 84% top-1 on ImageNet after pre-training on ImageNet-21k and fine-tuning (appendix, Table 5); multiply–adds counted here at 224×224, 196 patches' } },
];

export type SortKey = 'year' | 'paramsM' | 'gmacs' | 'top1' | 'depth';

/** Rows sorted by `key` (missing values last), a new array. */
export function sortRows(rows: readonly GalleryRow[], key: SortKey, descending: boolean): GalleryRow[] {
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x == null) return y == null ? 0 : 1;
    if (y == null) return -1;
    return descending ? y - x : x - y;
  });
}

interface Conv { conv: [h: number, cin: number, k: number, cout: number, stride?: number, groups?: number] }
interface Fc { fc: [nin: number, nout: number] }
type Layer = Conv | Fc;

/** Parameters and multiply–adds of a plain chain of conv and fully connected layers. */
export function countChain(layers: readonly Layer[]): { params: number; macs: number } {
  let params = 0;
  let macs = 0;
  for (const l of layers) {
    if ('fc' in l) {
      params += l.fc[0] * l.fc[1] + l.fc[1];
      macs += l.fc[0] * l.fc[1];
    } else {
      const [h, cin, k, cout, stride = 1, groups = 1] = l.conv;
      // a grouped conv (AlexNet's two GPUs) is `groups` independent convs, each seeing cin/groups channels
      const c = layerCounts({ h, w: h, cin: cin / groups, k, cout: cout / groups, stride, padding: 'same' });
      params += c.params * groups;
      macs += c.macs * groups;
    }
  }
  return { params, macs };
}

/** LeNet-5 (LeCun et al. 1998, §II.B), C3's partial connection table (Table I) included. */
export function lenet5(): { params: number; macs: number } {
  // C3: 6 maps see 3 of S2's maps, 9 see 4, 1 sees all 6 → 60 input-map links of 5×5, plus 16 biases
  const c3 = 60 * 25 + 16;
  // S2 and S4: one trainable coefficient and one bias per map
  const params = (25 + 1) * 6 + 2 * 6 + c3 + 2 * 16 + (400 + 1) * 120 + (120 + 1) * 84;
  const macs = 28 * 28 * 6 * 25 + 10 * 10 * 60 * 25 + 400 * 120 + 120 * 84;
  return { params, macs };
}

/** AlexNet as in the paper's Figure 2: two GPUs, so conv2, conv4 and conv5 see only their half. */
export const alexnet = () => countChain([
  { conv: [224, 3, 11, 96, 4] }, { conv: [27, 96, 5, 256, 1, 2] }, { conv: [13, 256, 3, 384] },
  { conv: [13, 384, 3, 384, 1, 2] }, { conv: [13, 384, 3, 256, 1, 2] },
  { fc: [6 * 6 * 256, 4096] }, { fc: [4096, 4096] }, { fc: [4096, 1000] },
]);

/** VGG-16, configuration D of the paper's Table 1. */
export const vgg16 = () => {
  const blocks: [number, number, number][] = [[224, 64, 2], [112, 128, 2], [56, 256, 3], [28, 512, 3], [14, 512, 3]];
  const layers: Layer[] = [];
  let cin = 3;
  for (const [h, c, n] of blocks) for (let i = 0; i < n; i++) { layers.push({ conv: [h, cin, 3, c] }); cin = c; }
  return countChain([...layers, { fc: [7 * 7 * 512, 4096] }, { fc: [4096, 4096] }, { fc: [4096, 1000] }]);
};

/** ViT-B/16 (Table 1: 12 layers, width 768, MLP 3072) on 224×224 images: 196 patches + [class]. */
export function vitB16(): { params: number; macs: number } {
  const d = 768, m = 3072, layers = 12, n = 197, patch = 16 * 16 * 3;
  const block = 4 * (d * d + d) + (d * m + m) + (m * d + d) + 2 * 2 * d;
  const params = patch * d + d + d + n * d + layers * block + 2 * d + d * 1000 + 1000;
  // per layer: Q, K, V and output projections, the MLP, and the two attention products QKᵀ and AV
  const macs = (n - 1) * patch * d + layers * (n * 4 * d * d + n * 2 * d * m + 2 * n * n * d) + d * 1000;
  return { params, macs };
}

export interface GalleryCounts { lenet5: number; alexnet: number; vgg16: number; vitb16: number; macs: Record<string, number> }

export function countGallery(): GalleryCounts {
  const r = { lenet5: lenet5(), alexnet: alexnet(), vgg16: vgg16(), vitb16: vitB16() };
  return {
    lenet5: r.lenet5.params, alexnet: r.alexnet.params, vgg16: r.vgg16.params, vitb16: r.vitb16.params,
    macs: { lenet5: r.lenet5.macs, alexnet: r.alexnet.macs, vgg16: r.vgg16.macs, vitb16: r.vitb16.macs },
  };
}
