/**
 * The wire between the audience window and the presenter window: one BroadcastChannel per
 * lecture and language. Either window can move the slides; only the presenter sends demo
 * commands; only the audience window (where the demos run) reports their state.
 */
export interface DemoParam {
  name: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
}

export interface DemoSnapshot {
  id: string;
  state: string;
  paused: boolean;
  progress: number | null;
  param: DemoParam | null;
}

/** a blanked audience screen (B / W), or none */
export type Blank = 'black' | 'white' | null;

export type PresentMessage =
  | { t: 'slide'; i: number }
  | { t: 'hello' }
  /** the presenter's remote for one demo asks for its state (not a slide: see DemoRemote) */
  | { t: 'ask'; id: string }
  | { t: 'demo'; snap: DemoSnapshot }
  | { t: 'cmd'; id: string; action: 'run' | 'stop' | 'reset' }
  | { t: 'param'; id: string; value: number }
  | { t: 'blank'; v: Blank }
  /** the laser pointer, as fractions of the slide (null: off) */
  | { t: 'laser'; at: { x: number; y: number } | null };

export interface Bus {
  post(m: PresentMessage): void;
  on(f: (m: PresentMessage) => void): () => void;
  close(): void;
  /** false when the browser has no BroadcastChannel (the windows cannot talk) */
  live: boolean;
}

export function openBus(name: string): Bus {
  const listeners = new Set<(m: PresentMessage) => void>();
  const ch = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
  if (ch) ch.onmessage = (e: MessageEvent<PresentMessage>) => listeners.forEach((f) => f(e.data));
  return {
    post: (m) => ch?.postMessage(m),
    on(f) {
      listeners.add(f);
      return () => listeners.delete(f);
    },
    close: () => ch?.close(),
    live: ch !== null,
  };
}

export const channelName = (lang: string, slug: string) => `course-present:${lang}:${slug}`;
