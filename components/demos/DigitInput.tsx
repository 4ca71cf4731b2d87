'use client';
/**
 * The input picker every digit demo shares: a held-out test digit (number, ‹ ›, random) or the
 * student's own drawing, turned into an MNIST-like 28×28 image. An empty pad yields null, and
 * the view says so instead of running on nothing.
 */
import { useState } from 'react';
import { DrawPad } from '@/components/charts/DrawPad';
import type { Strings } from './strings';
import { drawingToMnist } from '@/demos/data/drawing';

export type DigitSource = 'test' | 'drawing';
export const TEST_DIGITS = 2000;

export function DigitInput({ t, name, source, index, onSource, onIndex, onDrawn, rand, hint, count = TEST_DIGITS }: {
  t: Strings['digits'];
  /** radio group name, unique on the page */
  name: string;
  source: DigitSource;
  index: number;
  onSource(s: DigitSource): void;
  onIndex(i: number): void;
  /** the drawing as a 28×28 image, or null when the pad is empty */
  onDrawn(img: Float32Array | null): void;
  rand: () => number;
  hint?: string;
  count?: number;
}) {
  const [clearSignal, setClearSignal] = useState(0);
  const pick = (i: number) => { onSource('test'); onIndex(i); };
  return (
    <>
      <fieldset className="source">
        <legend>{t.input}</legend>
        <label>
          <input type="radio" name={name} checked={source === 'test'} onChange={() => onSource('test')} /> {t.testDigit}
        </label>
        <span className="digit-picker">
          <button type="button" aria-label={t.prevDigit} onClick={() => pick((index + count - 1) % count)}>‹</button>
          <input type="number" min={0} max={count - 1} value={index} aria-label={`${t.digitIndex} (0–${count - 1})`}
            onChange={(e) => { const v = Number(e.target.value); if (Number.isInteger(v) && v >= 0 && v < count) pick(v); }} />
          <button type="button" aria-label={t.nextDigit} onClick={() => pick((index + 1) % count)}>›</button>
          <button type="button" data-action="random-digit" onClick={() => pick(Math.floor(rand() * count))}>{t.random}</button>
        </span>
        <label>
          <input type="radio" name={name} checked={source === 'drawing'} onChange={() => onSource('drawing')} /> {t.myDrawing}
        </label>
      </fieldset>
      {source === 'drawing' ? (
        <div className="draw-row">
          <DrawPad label={t.drawHere} clearSignal={clearSignal} onChange={(ink, w, h) => onDrawn(drawingToMnist(ink, w, h))} />
          <div>
            <p className="hint">{hint ?? t.drawHint}</p>
            <button type="button" onClick={() => { onDrawn(null); setClearSignal((c) => c + 1); }}>{t.clear}</button>
          </div>
        </div>
      ) : null}
    </>
  );
}
