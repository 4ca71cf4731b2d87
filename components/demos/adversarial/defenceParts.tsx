'use client';
/** What both defence views draw: the accuracy table (one bar per setting) and the example images. */
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { TableWrap } from '@/components/charts/TableWrap';
import { fill } from '@/content/fill';
import type { Example } from '@/demos/adversarial/defence';
import { DEFENCE_STRINGS } from './defenceStrings';
import './defence.css';

type Common = (typeof DEFENCE_STRINGS)['en']['common'];

export function AccuracyTable<R extends string>({ t, rows, names, acc, caption, headline }: {
  t: Common;
  rows: readonly R[];
  names: Record<R, string>;
  acc: Record<R, number> | null;
  caption: string;
  headline: readonly R[];
}) {
  return (
    <TableWrap>
      <table className="defence-table">
        <caption>{caption}</caption>
        <thead><tr><th scope="col">{t.row}</th><th scope="col">{t.acc}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r} className={`${headline.includes(r) ? 'headline' : ''} ${r === 'adaptive' ? 'adaptive' : ''}`} data-row={r}>
              <th scope="row">{names[r]}</th>
              <td className="num">
                {acc ? <><span className="bar" style={{ width: `${(acc[r] * 6).toFixed(2)}rem` }} /> {(acc[r] * 100).toFixed(1)}%</> : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The example digit's images with the CNN's prediction under each; a wrong one is marked. */
export function ExampleStrip({ t, labels, example, truth, title }: { t: Common; labels: string[]; example: Example | null; truth: number | null; title: string }) {
  return (
    <div className="defence-examples" role="group" aria-label={title}>
      {labels.map((label, i) => {
        const p = example?.preds[i];
        return (
          <figure key={label}>
            <ImageCanvas data={example?.images[i] ?? null} label={label} size={96} />
            <figcaption>
              {label}
              {p ? <span className={`pred ${truth != null && p.cls !== truth ? 'wrong' : ''}`}><br />{truth != null && p.cls !== truth ? '✗ ' : ''}{fill(t.pred, { cls: p.cls, p: (p.p * 100).toFixed(0) })}</span> : null}
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
