/**
 * Kernel needs a demo can declare, as TF.js kernel names. Kept free of TF.js imports so the demo
 * registry (first-load JavaScript) can name them. TF.js 4.22's WASM backend lacks
 * Conv2DBackpropFilter (training convolutions) and UnsortedSegmentSum (the gradient of gather).
 */
export const KERNEL_NEEDS = {
  /** training a convolution's filters */
  trainConv: ['Conv2DBackpropFilter'],
  /** backpropagating through tf.gather (embedding lookups, sparse message passing) */
  gatherGrad: ['UnsortedSegmentSum'],
  /** gradients with respect to a conv net's input (attacks, saliency): every backend has these */
  inputGrad: ['Conv2DBackpropInput', 'MaxPoolGrad'],
} as const;
