'use client';
/**
 * Black-box transfer: the attacker trains two substitutes live (softmax regression on its own digits,
 * an MLP on the target's answers to queries), has a CNN of its own, attacks them white-box, and sends
 * the examples to the target (the noise-augmented digit CNN). Error on the target vs ε beside white-box and random noise, and the source → target
 * matrix at ε = 0.25. The computation is demos/adversarial/transfer-experiment.ts.
 * Time to effect: the headline metrics are set as soon as every source has its FGSM cell at
 * ε = 0.25 (about a quarter of the matrix's cost), marked "so far" on the page, and refined as the
 * PGD cells arrive (PGD through the two CNNs is three quarters of the cost); the tests read the
 * final, complete values.
 */
import { useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { TableWrap } from '@/components/charts/TableWrap';
import { Choice } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import {
  HEADLINE_EPS, SOURCES, TARGETS, TRANSFER_DEFAULT, TRANSFER_QUICK, cleanError, headline, runTransfer, type Cell, type SourceName,
} from '@/demos/adversarial/transfer-experiment';
import { batchAsFloats } from '@/demos/data/mnist';
import { yieldToBrowser } from '@/demos/runtime/loop';
import { useDigitCnn } from '../useDigitCnn';
import { useExtraModel } from './pgd-load';
import { TRANSFER_PARAMS } from './transfer-params';
import { TRANSFER_STRINGS } from './transfer-strings';

interface State {
  status: string | null;
  subs: string | null;
  cells: Cell[];
  clean: number | null;
  done: number;
  total: number;
  ms: number;
  /** seconds left, from the measured rate per unit of cell cost */
  left: number | null;
}

const EMPTY: State = { status: null, subs: null, cells: [], clean: null, done: 0, total: 0, ms: 0, left: null };
const pct = (v: number | undefined) => (v == null ? '–' : `${(v * 100).toFixed(1)}%`);

export default function TransferAttack({ api }: { api: DemoApi }) {
  const t = TRANSFER_STRINGS[api.lang];
  const cfg = { ...(api.quick ? TRANSFER_QUICK : TRANSFER_DEFAULT), seed: api.seed };
  const [s, setS] = useState<State>(EMPTY);
  const params = useDemoParams(api, TRANSFER_PARAMS);
  const attack = params.values.attack;
  const attackerCnn = useExtraModel(api, 'digit-cnn');
  const cnn = useDigitCnn(api, { run: (signal) => run(signal), reset: () => { setS(EMPTY); params.reset(); } }, undefined, 'digit-cnn-noise');
  const live = useRef<State>(EMPTY);
  const update = (patch: Partial<State>) => { live.current = { ...live.current, ...patch }; setS(live.current); };

  async function run(signal: AbortSignal) {
    const m = cnn.current;
    const own = await attackerCnn.current;
    if (!m || !own) return;
    const t0 = performance.now();
    let first = false;
    let head = false;
    let cellsStart = 0;
    live.current = { ...EMPTY };
    update({ status: t.notRun });
    api.setProgress(0);
    const { x, y } = batchAsFloats(m.test, 0, m.test.count);
    const clean = await cleanError(m.logits, x, y, cfg.evalDigits);
    const { substitutes } = await runTransfer({ target: m.logits, attackerCnn: own, images: x, labels: y }, cfg, (e) => {
      const ms = performance.now() - t0;
      if (e.kind === 'substitute') {
        // the first result on screen: the first substitute's first epoch
        if (!first) { first = true; api.setMetrics({ 'ms-first': Math.round(ms) }); }
        update({ status: fill(t.training, { name: t.names[e.name], epoch: e.epoch, epochs: e.epochs, loss: e.loss.toFixed(3) }) });
      } else if (e.kind === 'substitutes') {
        update({ status: null, subs: fill(t.subs, { lin: (e.accuracy.linear * 100).toFixed(1), mlp: (e.accuracy.mlp * 100).toFixed(1), q: e.queries, agree: (e.agreement * 100).toFixed(1) }) });
        cellsStart = ms;
      } else {
        const cells = [...live.current.cells, e.cell];
        // from the rate measured since the cells began; only once a CNN pass is in (the cheap cells are mostly overhead)
        const left = e.work > 10 ? ((ms - cellsStart) / 1000) * ((e.workTotal - e.work) / e.work) : null;
        update({ cells, clean, done: e.done, total: e.total, ms, left: e.done < e.total ? left : null });
        api.setProgress(e.done / e.total);
        if (!first) { first = true; api.setMetrics({ 'ms-first': Math.round(ms) }); }
        // set from the FGSM cells on, refined by each PGD cell (the last matrix cell makes it complete)
        const h = headline(cells, true);
        if (h && e.cell.eps === HEADLINE_EPS) {
          api.setMetrics({ 'transfer-eps25': +h.transfer.toFixed(4), 'whitebox-eps25': +h.whitebox.toFixed(4), 'noise-eps25': +h.noise.toFixed(4), ...(head ? {} : { 'ms-headline': Math.round(ms) }) });
          head = true;
        }
      }
    }, { signal, yieldFn: () => yieldToBrowser(signal) });
    // the substitutes live only for the run: their examples are what the page shows
    substitutes.forEach((sub) => sub.vars.forEach((v) => v.dispose()));
    api.setMetrics({ digits: cfg.evalDigits, ms: Math.round(performance.now() - t0) });
  }

  const series = (source: SourceName, a: 'fgsm' | 'pgd') => {
    const pts = s.cells.filter((c) => c.source === source && c.attack === a && c.errors.target != null).map((c) => ({ x: c.eps, y: c.errors.target! }));
    if (s.clean != null && pts.length) pts.push({ x: 0, y: s.clean });
    return pts.sort((p, q) => p.x - q.x);
  };
  const cell = (source: SourceName, target: string) =>
    s.cells.find((c) => c.source === source && c.eps === HEADLINE_EPS && (source === 'noise' || c.attack === attack))?.errors[target as keyof Cell['errors']];
  const h = headline(s.cells, true);
  const still = s.total > 0 && s.done < s.total ? fill(t.still, { what: s.done < 9 ? t.stillMatrix : t.stillSweep }) : '';
  return (
    <div className="transfer-attack">
      <p className="hint">{fill(t.intro, { attacker: cfg.attackerDigits, n: cfg.evalDigits })}</p>
      <Choice className="model-choice" radio name="transfer-attack-kind" label={t.attack} value={attack} choices={TRANSFER_PARAMS.attack.choices}
        format={(a) => (a === 'fgsm' ? t.fgsm : fill(t.pgd, { k: cfg.pgdSteps }))} onChange={(a) => params.set('attack', a)} />
      <p className="status" aria-live="polite">{s.status ?? s.subs ?? t.notRun}</p>
      <LineChart
        title={t.chartTitle}
        xLabel="ε"
        yLabel={t.error}
        xDomain={[0, 0.3]}
        series={[
          { name: t.whitebox, points: series('target', attack), className: 'cls1' },
          { name: t.fromCnn, points: series('cnn', attack), className: 'ours' },
          { name: t.fromMlp, points: series('mlp', attack), className: 'cls2' },
          { name: t.fromLinear, points: series('linear', attack), className: 'plain' },
          { name: t.noise, points: series('noise', 'fgsm'), className: 'control' },
        ]}
        refs={[{ x: 0.3, y: 0.8424, label: 'Papernot 2017: 84.24%' }]}
      />
      <TableWrap>
        <table className="transfer-matrix">
          <caption>{t.matrixCaption}</caption>
          <thead>
            <tr><th scope="col">{t.source}</th>{TARGETS.map((tg) => <th key={tg} scope="col">{t.names[tg]}</th>)}</tr>
          </thead>
          <tbody>
            {SOURCES.map((src) => (
              <tr key={src}>
                <th scope="row">{t.names[src]}</th>
                {TARGETS.map((tg) => {
                  const v = cell(src, tg);
                  return <td key={tg} style={v == null ? undefined : { background: `color-mix(in srgb, var(--bad) ${Math.round(v * 45)}%, transparent)` }}>{src === tg ? <strong>{pct(v)}</strong> : pct(v)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p className="progress-note">{s.total > 0 ? fill(t.progress, { done: s.done, total: s.total, s: (s.ms / 1000).toFixed(1), still }) + (s.left != null && s.done > 0 ? fill(t.left, { left: Math.max(1, Math.round(s.left)) }) : '') : ''}</p>
      <p className="compare">
        {h ? fill(t.headline, { best: t.names[h.best], transfer: (h.transfer * 100).toFixed(1), whitebox: (h.whitebox * 100).toFixed(1), noise: (h.noise * 100).toFixed(1) }) + (h.complete ? ' ' : ` ${t.soFar} `) : ''}{t.paper}
      </p>
    </div>
  );
}
