'use client';
/**
 * "Save for offline": a lecture's files or the whole course's, with the download size shown
 * before the student chooses. Sizes and lists come from /sw-manifest.json (scripts/sw-manifest.ts);
 * the service worker (public/sw.js) does the fetching and reports progress over a MessageChannel.
 * A lecture is its pages in both languages plus everything that is not a page (scripts, WASM,
 * data, models): its demos need some of those, and which ones is decided at run time.
 */
import { useEffect, useState } from 'react';
import { fill } from '@/content/fill';
import type { Dict } from '@/content/i18n';

type Manifest = { files: Record<string, [string, number]>; lectures: Record<string, string[]> };
type State = { kind: 'idle' } | { kind: 'saving'; done: number; total: number } | { kind: 'saved' } | { kind: 'failed'; n: number };

const isPage = (u: string) => /^\/(zh|en)\//.test(u) || u === '/';

export function OfflineSave({ slug, t }: { slug: string; t: Dict['offline'] }) {
  const [manifest, setManifest] = useState<Manifest | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [supported, setSupported] = useState(true);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return setSupported(false);
    let live = true;
    fetch('/sw-manifest.json').then((r) => (r.ok ? r.json() : null)).then((m: Manifest | null) => { if (live) setManifest(m); }).catch(() => {});
    return () => { live = false; };
  }, []);

  if (!supported) return <p className="offline-save">{t.unsupported}</p>;
  const all = manifest ? Object.keys(manifest.files) : [];
  const lectureUrls = manifest ? [...all.filter((u) => !isPage(u)), ...(manifest.lectures[slug] ?? [])] : [];
  const mb = (urls: string[]) => (urls.reduce((s, u) => s + (manifest?.files[u]?.[1] ?? 0), 0) / 1e6).toFixed(1);

  const save = async (urls: string[]) => {
    const reg = await navigator.serviceWorker.ready;
    if (!reg.active) return setState({ kind: 'failed', n: urls.length });
    const channel = new MessageChannel();
    setState({ kind: 'saving', done: 0, total: urls.length });
    channel.port1.onmessage = (e: MessageEvent<{ done: number; total: number; failed: number }>) => {
      const { done, total, failed } = e.data;
      if (done < total) setState({ kind: 'saving', done, total });
      else setState(failed ? { kind: 'failed', n: failed } : { kind: 'saved' });
    };
    reg.active.postMessage({ type: 'cache', urls }, [channel.port2]);
  };

  const busy = state.kind === 'saving' || !manifest;
  return (
    <section className="offline-save" aria-labelledby="offline-save-title" data-offline-state={state.kind}>
      <h2 id="offline-save-title">{t.title}</h2>
      <p>{t.intro}</p>
      <p className="offline-actions">
        <button type="button" data-action="save-lecture" disabled={busy} onClick={() => save(lectureUrls)}>
          {t.lecture}{manifest ? ` · ${fill(t.size, { mb: mb(lectureUrls) })}` : ''}
        </button>{' '}
        <button type="button" data-action="save-course" disabled={busy} onClick={() => save(all)}>
          {t.course}{manifest ? ` · ${fill(t.size, { mb: mb(all) })}` : ''}
        </button>
      </p>
      <p role="status" aria-live="polite">
        {state.kind === 'saving' ? fill(t.saving, { done: state.done, total: state.total })
          : state.kind === 'saved' ? t.saved
          : state.kind === 'failed' ? fill(t.failed, { n: state.n }) : ''}
      </p>
    </section>
  );
}
