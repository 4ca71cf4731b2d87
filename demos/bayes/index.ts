/** The bayes topic's maths, as the bench (and anything else outside the views) sees it. */
export { bayesWorkloads as workloads } from './bench';
