/**
 * The masked-lm demo's text, as character ids (pure functions, no tensors). Characters, not
 * words: a few thousand ids cover all of 唐诗三百首 and the whole of Genesis, and a tiny model can
 * learn them in a minute. Targets are letters and hanzi only (predicting “，” after five
 * characters of a Tang quatrain would make the score look better than the model is).
 */
export const PAD = 0;
export const MASK = 1;
export const UNK = 2;
export const MASK_TEXT = '[MASK]';

export type CorpusName = 'zh' | 'en';
export const CORPUS_FILES: Record<CorpusName, string> = { zh: 'data/ssl-corpus/tang300.txt', en: 'data/ssl-corpus/genesis.txt' };

export interface Vocab { chars: string[]; index: Map<string, number> }

/** What may be a target: a letter or a CJK character. */
export const isTarget = (ch: string) => /[a-z]/.test(ch) || /[\u4e00-\u9fff]/.test(ch);

/** English is read in lower case; Chinese as is. */
export const normalise = (text: string, name: CorpusName) => (name === 'en' ? text.toLowerCase() : text);

export function buildVocab(lines: string[]): Vocab {
  const chars = ['<pad>', MASK_TEXT, '<unk>'];
  const index = new Map<string, number>();
  for (const line of lines) for (const ch of line) if (!index.has(ch)) { index.set(ch, chars.length); chars.push(ch); }
  return { chars, index };
}

export const encode = (line: string, v: Vocab) => Array.from(line, (ch) => v.index.get(ch) ?? UNK);

/**
 * Every line split once: the last `heldOut` fraction of lines (poems or verses) is never trained on.
 */
export function splitLines(text: string, name: CorpusName, heldOut = 0.1) {
  const lines = normalise(text, name).split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const cut = Math.floor(lines.length * (1 - heldOut));
  return { train: lines.slice(0, cut), test: lines.slice(cut) };
}

/**
 * The window around position p of ids: `width` ids each side (PAD beyond the line), the centre
 * itself left out — it is the [MASK]ed token the model must fill.
 */
export function contextWindow(ids: readonly number[], p: number, width: number): number[] {
  const out: number[] = [];
  for (let o = -width; o <= width; o++) if (o !== 0) out.push(ids[p + o] ?? PAD);
  return out;
}

/** Every (line, position) whose character may be a target. */
export function targetPositions(lines: number[][], v: Vocab): [number, number][] {
  const out: [number, number][] = [];
  lines.forEach((ids, li) => ids.forEach((id, p) => { if (id > UNK && isTarget(v.chars[id])) out.push([li, p]); }));
  return out;
}

/**
 * A sentence the student typed, with one or more [MASK]s, as ids. Errors are returned as a
 * reason, never thrown: 'empty', 'no-mask', 'too-long'.
 */
export function parseMasked(text: string, v: Vocab, name: CorpusName, maxLen = 200):
  { ids: number[]; masks: number[]; unknown: string[] } | { error: 'empty' | 'no-mask' | 'too-long' } {
  const t = text.trim();
  if (!t) return { error: 'empty' };
  if (t.length > maxLen) return { error: 'too-long' };
  const parts = t.split(/\[mask\]/i);
  if (parts.length < 2) return { error: 'no-mask' };
  const ids: number[] = [];
  const masks: number[] = [];
  const unknown = new Set<string>();
  parts.forEach((part, i) => {
    for (const ch of normalise(part, name)) {
      const id = v.index.get(ch);
      if (id === undefined) unknown.add(ch);
      ids.push(id ?? UNK);
    }
    if (i < parts.length - 1) { masks.push(ids.length); ids.push(MASK); }
  });
  return { ids, masks, unknown: [...unknown] };
}
