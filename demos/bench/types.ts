/** A benchmark workload: what one demo does, set up once, then timed run by run. */
export interface BenchWorkload {
  id: string;
  /** the data-demo id it measures */
  demo: string;
  /** what one item is (digit, attack, epoch…) for items per second */
  unit: string;
  setup(opts: { quick: boolean }): Promise<{
    items: number;
    /** total floating-point operations of one run, when countable */
    flops?: number;
    note?: string;
    run(): Promise<void>;
    dispose(): void;
  }>;
}
