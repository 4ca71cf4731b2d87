/**
 * A prose run, cut into chunks that the browser may skip while they are off screen.
 *
 * Most of a lecture's 5–14k elements are KaTeX, and laying them out is most of what a phone does
 * before and just after the first paint (the parser pauses to paint a part, then lays out what
 * came since, again and again). So each run's top-level blocks are grouped into chunks —
 * <div class="cv"> — a new one at each heading and whenever the last grew past about a phone
 * screen; app/globals.css gives them `content-visibility: auto`. A chunk off screen is then
 * neither styled nor laid out and counts as the height estimated here (`--h` on a phone, `--hw`
 * wider), until it has been rendered once; then as its real height. Find-in-page and #anchors
 * still reach into it.
 *
 * Too small an estimate is the harm: a skipped chunk's links, laid out on demand (as Lighthouse's
 * target-size audit does), would spill over the next chunk. So the estimate leans high (SAFETY).
 * The weights are a least-squares fit to the rendered heights of every chunk of the 30 lecture
 * pages in Chromium, at 412 px (Lighthouse's phone) and 1280 px (the text column is at its full
 * measure from about 800 px up). Refit when the typography changes (see FIT below). A chunk that
 * has been on screen keeps its real height (`auto`), so a wrong estimate only moves the scrollbar.
 */

/**
 * Pixels per unit of each feature: [CJK char, other char, display formula, heading, list item,
 * constant]. Fitted 2026-12-03 on 1,179 chunks per width (scripts/prose-chunks.ts's own chunks,
 * forced visible): the median chunk is estimated at 0.97 of its height, half lie within ±10%, and
 * one in twenty is under 0.69 (quizzes whose answers are folded away are the worst) — hence SAFETY
 * 1.3; the fit's small negative constant is dropped, which also leans high.
 */
export const FIT = {
  phone: [1.5, 0.69, 73, 99, 40, 0],
  wide: [0.96, 0.4, 75, 66, 21, 0],
  safety: 1.3,
  /** a chunk closes once its phone estimate passes this (a phone screen is about 800 px) */
  chunkPx: 700,
};

export function proseFeatures(html: string): number[] {
  // the MathML twin of each formula is not seen (KaTeX hides it); its HTML twin's glyphs are
  const text = html.replace(/<math[\s\S]*?<\/math>/g, '').replace(/<[^>]+>/g, '').replace(/&[a-z#0-9]+;/gi, 'x').trim();
  const cjk = (text.match(/[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/g) ?? []).length;
  const count = (re: RegExp) => (html.match(re) ?? []).length;
  return [cjk, text.length - cjk, count(/class="katex-display"/g), count(/<h[2-4][\s>]/g), count(/<li[\s>]/g), 1];
}

/** estimated heights in px: on a phone (≤ 800 px wide) and wider */
export function proseSize(html: string): { phone: number; wide: number } {
  const f = proseFeatures(html);
  const dot = (w: number[]) => Math.round(FIT.safety * f.reduce((s, x, i) => s + x * w[i], 0));
  return { phone: dot(FIT.phone), wide: dot(FIT.wide) };
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/**
 * The top-level elements of an HTML fragment as React renders it (well formed; `>` escaped in
 * text and attributes), each with the text that follows it up to the next one.
 */
export function blocks(html: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0, blockStart = 0;
  const push = (end: number) => {
    out.push(html.slice(blockStart, end));
    start = end;
  };
  for (const m of html.matchAll(TOKEN)) {
    if (m[0].startsWith('<!--')) continue;
    const [tag, close, name, selfClose] = m;
    const at = m.index!, end = at + tag.length;
    const opens = !close && !selfClose && !VOID.has(name.toLowerCase());
    if (depth === 0 && !close) {
      // text between top-level elements (newlines) stays with the element before it
      if (out.length) out[out.length - 1] += html.slice(start, at);
      blockStart = out.length ? at : start;
    }
    if (opens) depth++;
    else if (close && --depth < 0) throw new Error(`unbalanced </${name}>`);
    if (depth === 0) push(end);
  }
  if (depth !== 0) throw new Error('unclosed element');
  if (html.slice(start).trim() && !out.length) throw new Error('text outside any element');
  if (out.length) out[out.length - 1] += html.slice(start);
  return out;
}

/** the run's blocks grouped into chunks: a new one at each heading, or past FIT.chunkPx */
export function chunkRun(run: string): string {
  const groups: string[][] = [];
  let est = 0;
  for (const b of blocks(run)) {
    const heading = /^\s*<h[2-4][\s>]/.test(b);
    if (!groups.length || heading || est > FIT.chunkPx) {
      groups.push([]);
      est = 0;
    }
    groups[groups.length - 1].push(b);
    est += proseSize(b).phone;
  }
  if (groups.flat().join('') !== run) throw new Error('chunking lost or changed some of the run');
  return groups
    .map((g) => {
      const html = g.join('');
      const { phone, wide } = proseSize(html);
      return `<div class="cv" style="--h:${phone}px;--hw:${wide}px">${html}</div>`;
    })
    .join('');
}
