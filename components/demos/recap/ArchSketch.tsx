/**
 * A one-line sketch of an architecture: one block per layer or module, coloured by kind
 * (C conv, P pool, F fully connected, I inception module, R residual bottleneck, D dense block,
 * T transition (DenseNet) or transformer layer (ViT), M depthwise-separable conv, E patch embedding).
 * Drawn here, not copied from the papers.
 */
import type { ModelId } from '@/demos/recap/model-gallery';

const PLAN: Record<ModelId, string> = {
  lenet5: 'CPCPFFF',
  alexnet: 'CPCPCCCPFFF',
  vgg16: 'CCPCCPCCCPCCCPCCCPFFF',
  googlenet: 'CPCCPIIPIIIIIPIIPF',
  resnet50: 'CPRRRRRRRRRRRRRRRRPF',
  densenet121: 'CPDtDtDtDPF',
  mobilenet: 'CMMMMMMMMMMMMMPF',
  vitb16: 'ETTTTTTTTTTTTF',
};

const COLOUR: Record<string, string> = {
  C: '#2b6cb0', P: '#718096', F: '#c05621', I: '#6b46c1', R: '#2f855a', D: '#b7791f', t: '#718096', T: '#9b2c2c', M: '#2c7a7b', E: '#4a5568',
};

export function ArchSketch({ id, label }: { id: ModelId; label: string }) {
  const plan = PLAN[id];
  const w = 7;
  const tall = (c: string) => (c === 'P' || c === 't' ? 10 : c === 'F' ? 14 : 20);
  return (
    <svg width={plan.length * (w + 1)} height={22} role="img" aria-label={label}>
      {[...plan].map((c, i) => (
        <rect key={i} x={i * (w + 1)} y={22 - tall(c)} width={w} height={tall(c)} fill={COLOUR[c]} rx={1} />
      ))}
    </svg>
  );
}
