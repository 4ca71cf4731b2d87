/**
 * A lecture's own topic, loaded once per page. `use(topicOf(slug))` reads it: the promise carries
 * React's `status`/`value` fields once settled, so a render after that reads it synchronously.
 * The server starts every topic at module load, so the static export renders the demo frames at
 * their final size (no Suspense fallback in the HTML); the browser starts the page's own topic as
 * soon as this module runs (from the URL), before hydration reaches the first demo island.
 */
import { TOPIC_LOADERS } from './topics';
import type { Topic } from './types';

// React reads these fields of a thenable it is given (the same ones it would set itself)
type Tracked = Promise<Topic | null> & { status?: string; value?: Topic | null; reason?: unknown };
const cache = new Map<string, Promise<Topic | null>>();

export function topicOf(lecture: string): Promise<Topic | null> {
  let p = cache.get(lecture);
  if (!p) {
    const load = TOPIC_LOADERS[lecture];
    const q: Tracked = load ? load().then((m) => m.topic) : Promise.resolve(null);
    q.status = 'pending';
    q.then((v) => Object.assign(q, { status: 'fulfilled', value: v }), (e: unknown) => Object.assign(q, { status: 'rejected', reason: e }));
    cache.set(lecture, (p = q));
  }
  return p;
}

if (typeof window === 'undefined') for (const lecture of Object.keys(TOPIC_LOADERS)) void topicOf(lecture).catch(() => {});
else {
  const m = /\/lectures\/([^/]+)/.exec(window.location.pathname);
  if (m) void topicOf(decodeURIComponent(m[1])).catch(() => {});
}
