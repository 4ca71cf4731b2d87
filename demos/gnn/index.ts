/** The gnn topic's maths, as the bench (and anything else outside the views) sees it. */
export { gnnWorkloads as workloads } from './bench';
