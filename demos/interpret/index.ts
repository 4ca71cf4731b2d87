/** The interpret topic's maths, as the bench (and anything else outside the views) sees it. */
export { interpretWorkloads as workloads } from './bench';
