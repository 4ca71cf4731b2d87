/** The fed topic's maths, as the bench (and anything else outside the views) sees it. */
export { fedWorkloads as workloads } from './bench';
