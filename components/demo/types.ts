import type { ComponentType } from 'react';
import type { Dict } from '@/content/i18n';
import type { Lang } from '@/content/lectures';
import type { BackendName, Notice } from '@/demos/runtime/params';
import type { Paper } from '@/content/bibliography';
import type { BenchWorkload } from '@/demos/bench/types';
import type { ParamSchema } from '@/demos/runtime/schema';

/** One live demo as the site sees it: declared in its topic's components/demos/<topic>/index.ts. */
export interface DemoDescriptor {
  /** the MDX's <Demo id="…">, the section's data-demo and the hash prefix (#id.name=value) */
  id: string;
  title: Record<Lang, string>;
  /** min height of the demo body in px (placeholder and view), so the page does not jump */
  height: number;
  /** kernels the backend must have (demos/runtime/kernels.ts) */
  needs: readonly string[];
  /**
   * what a link may set, for the generated hostile-link tests and the house rules; lazy because no
   * page needs it up front (a view imports its own schema for useDemoParams), and the schemas'
   * labels in two languages cost every lecture page's first load a few KB
   */
  params?: () => Promise<ParamSchema>;
  /** the published figure this demo's number stands beside (a topic's papers.ts, loaded lazily) */
  paper?: () => Promise<PaperFigure & { paper: Paper }>;
  /** a data-action the contract test clicks before each run, for a demo that needs input first */
  prepare?: string;
  load: () => Promise<{ default: DemoView }>;
}

/**
 * A topic: one folder under components/demos/ and one under demos/, one line in ./topics.ts.
 * Only client code, scripts and tests import descriptors: a server import would make the lazy
 * views part of the page's first load.
 */
export interface Topic {
  name: string;
  /** the slug in content/lectures.ts whose page places this topic's demos */
  lecture: string;
  demos: DemoDescriptor[];
  /** the bench workloads (demos/<topic>/index.ts), loaded only by the bench page */
  workloads?: () => Promise<BenchWorkload[]>;
}

/** What a demo view registers with its frame. */
export interface DemoHandlers {
  /** one run; must stop promptly when `signal` aborts (throwing an AbortError is fine) */
  run(signal: AbortSignal): Promise<void>;
  /** back to the starting state (the frame has already stopped any run) */
  reset(): void;
}

/** What the frame gives a view: the demo contract, seen from inside. */
export interface DemoApi {
  /** the demo's id (its data-demo and hash prefix) */
  id: string;
  lang: Lang;
  /** the site's own strings (the frame's); a view's strings live beside it in strings.ts */
  t: Dict;
  backend: BackendName;
  seed: number;
  /** `?quick=1`: a smaller, documented workload for browser tests; the default is the full run */
  quick: boolean;
  /** this demo's own `#id.name=value` parameters */
  hash: Map<string, string>;
  register(h: DemoHandlers): void;
  /** the view has loaded what it needs (model, data) and can run */
  ready(): void;
  /** the view is loading again (e.g. another model): not runnable, and old metrics are void */
  unready(): void;
  /** ask the frame to run (e.g. after a slider moved) */
  requestRun(): void;
  setProgress(fraction: number | null): void;
  setMetrics(m: Record<string, number>): void;
  notify(n: Notice): void;
  /** offer the main parameter to presenter mode (call again when it changes; null withdraws it) */
  exposeParam(p: ExposedParam | null): void;
  /** a failure outside a run (e.g. the model did not load) */
  fail(e: unknown): void;
}

/** A demo's main parameter, which the presenter window can set from afar. */
export interface ExposedParam {
  name: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  set(value: number): void;
}

export type DemoView = ComponentType<{ api: DemoApi }>;

/**
 * A published figure beside this demo's: the paper (content/bibliography.ts id), its number as the
 * paper states it with its setting (dataset, model, metric), the data-metric this demo reports and
 * its setting, and one sentence on why they differ. Where the paper gives no comparable number,
 * `figure` is null and `why` says what the paper shows and what this demo checks.
 */
export interface PaperFigure {
  ref: string;
  figure: string | null;
  setting: Record<Lang, string>;
  metric: string;
  format?: { percent?: boolean; digits?: number; unit?: string };
  pageSetting: Record<Lang, string>;
  why: Record<Lang, string>;
}
