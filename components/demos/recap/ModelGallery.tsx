'use client';
/**
 * model-gallery: eight landmark classifiers, sortable, each number with its paper; Run counts the
 * parameters and multiply–adds of four of them layer by layer from the papers' architectures
 * (demos/recap/model-gallery.ts) and shows them beside the papers' figures.
 */
import { useEffect, useState } from 'react';
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import { PAPERS, isPaperId, type Paper } from '@/content/bibliography';
import { countGallery, GALLERY, sortRows, type GalleryCounts, type SortKey } from '@/demos/recap/model-gallery';
import { ArchSketch } from './ArchSketch';
import { STRINGS } from './strings';

const fmtParams = (m: number) => (m >= 1 ? `${m} M` : `${Math.round(m * 1000)} K`);
const fmtMacs = (g: number | null) => (g == null ? null : g >= 1 ? `${g} G` : g >= 0.01 ? `${Math.round(g * 1000)} M` : `${(g * 1e6).toFixed(0)} K`);

function Cite({ id }: { id: string }) {
  if (!isPaperId(id)) return <cite>{id}</cite>;
  const p: Paper = PAPERS[id];
  const who = p.authors.includes(',') ? `${p.authors.split(',')[0]} et al.` : p.authors;
  return <cite><a href={p.href} rel="noopener noreferrer">{who} ({p.year})</a></cite>;
}

export default function ModelGallery({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].gallery;
  const [key, setKey] = useState<SortKey>('year');
  const [desc, setDesc] = useState(false);
  const [counts, setCounts] = useState<GalleryCounts | null>(null);

  useEffect(() => {
    api.register({
      run: async () => {
        const t0 = performance.now();
        const c = countGallery();
        setCounts(c);
        const ms = Math.round(performance.now() - t0);
        api.setMetrics({ 'lenet5-params': c.lenet5, 'alexnet-params': c.alexnet, 'vgg16-params': c.vgg16, 'vitb16-params': c.vitb16, models: GALLERY.length, 'ms-first': ms, 'ms-headline': ms });
      },
      reset: () => { setCounts(null); setKey('year'); setDesc(false); },
    });
    api.ready();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  const rows = sortRows(GALLERY, key, desc);
  const sortBtn = (k: SortKey, label: string) => (
    <th scope="col" aria-sort={key === k ? (desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" aria-label={fill(t.sortBy, { col: label })} onClick={() => { if (key === k) setDesc(!desc); else { setKey(k); setDesc(k !== 'year'); } }}>
        {label}{key === k ? (desc ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  const paperCounts = counts ? [
    ['LeNet-5', counts.lenet5, '60,000'], ['AlexNet', counts.alexnet, '60 M'], ['VGG-16', counts.vgg16, '138 M'], ['ViT-B/16', counts.vitb16, '86 M'],
  ] as const : null;
  return (
    <div className="model-gallery-demo">
      <div style={{ overflowX: 'auto' }}>
        <table>
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.model}</th>
              {sortBtn('year', t.year)}{sortBtn('depth', t.depth)}{sortBtn('paramsM', t.params)}{sortBtn('gmacs', t.gmacs)}{sortBtn('top1', t.top1)}
              <th scope="col">{t.source}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <ArchSketch id={r.id} label={fill(t.diagram, { name: r.name })} /><br />{r.name}
                </th>
                <td>{r.year}</td>
                <td>{r.depth}</td>
                <td>{fmtParams(r.paramsM)}</td>
                <td>{fmtMacs(r.gmacs) ?? t.none}</td>
                <td>{r.top1 == null ? t.none : `${r.top1}%`}</td>
                <td style={{ fontSize: '0.8rem' }}><Cite id={r.ref} /> {r.source[api.lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div aria-live="polite">
        {paperCounts ? (
          <>
            <p className="hint">{t.counted}</p>
            <ul>
              {paperCounts.map(([name, n, paper]) => <li key={name}>{fill(t.countedRow, { name, n: n.toLocaleString('en-US'), paper })}</li>)}
            </ul>
          </>
        ) : <p className="hint">{t.notRun}</p>}
      </div>
    </div>
  );
}
