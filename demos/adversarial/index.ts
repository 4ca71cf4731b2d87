/** The adversarial topic's maths, as the bench (and anything else outside the views) sees it. */
export { fgsmWorkloads as workloads } from './bench';
