/**
 * Prose without hydration (components/mdx/prose.tsx, scripts/prose-inline.ts): which blocks are
 * islands, how runs are grouped, and how the build fills the holes.
 */
import { createElement as h, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ISLAND, isIsland, splitRuns } from '@/components/mdx/prose';
import { inline } from '../../scripts/prose-inline';
import { FIT, blocks, chunkRun, proseFeatures, proseSize } from '../../scripts/prose-chunks';

// what a 'use client' import looks like to a server component
const ClientChart = Object.assign(() => null, { $$typeof: Symbol.for('react.client.reference') });
const DemoTag = Object.assign(() => null, { [ISLAND]: true });
const Figure = ({ children }: { children?: ReactNode }) => children;

describe('islands', () => {
  it('a client component, a marked tag, or a block that contains one is an island; prose is not', () => {
    expect(isIsland(h(ClientChart))).toBe(true);
    expect(isIsland(h(DemoTag, { id: 'fgsm' }))).toBe(true);
    expect(isIsland(h(Figure, null, h('div', null, h(ClientChart))))).toBe(true);
    expect(isIsland(h('p', null, 'text ', h('em', null, 'more')))).toBe(false);
    expect(isIsland(h(Figure, null, h('svg')))).toBe(false);
    expect(isIsland('\n')).toBe(false);
  });

  it('groups consecutive static blocks into one run between islands', () => {
    const runs = splitRuns([h('h2', { key: 'a' }), h('p', { key: 'b' }), h(DemoTag, { key: 'c', id: 'x' }), h('p', { key: 'd' }), h(DemoTag, { key: 'e', id: 'y' })]);
    expect(runs.map((r) => (r.island ? 'I' : `S${r.nodes.length}`))).toEqual(['S2', 'I', 'S1', 'I']);
  });
});

describe('prose-inline', () => {
  const page = '<main><div class="prose-seg" data-prose="0"></div><section data-demo="x"></section><div class="prose-seg" data-prose="1"></div></main>';
  const source = '<main><template data-prose-src="0"><h2 id="a">A</h2><p>one</p></template><template data-prose-src="1"><p>two</p></template></main>';

  it('fills every hole with its run, in place', () => {
    const { html, holes } = inline(page, source);
    expect(holes).toBe(2);
    // one chunk per run; heights by hand (prose-chunks.ts): 1.3 × (0.69 × 4 chars + 99 per heading)
    // = 132 on a phone, 1.3 × (0.4 × 4 + 66) = 88 wide; the second run: 1.3 × 0.69 × 3 = 3, 1.3 × 0.4 × 3 = 2
    expect(html).toBe('<main><div class="prose-seg" data-prose="0"><div class="cv" style="--h:132px;--hw:88px"><h2 id="a">A</h2><p>one</p></div></div><section data-demo="x"></section><div class="prose-seg" data-prose="1"><div class="cv" style="--h:3px;--hw:2px"><p>two</p></div></div></main>');
  });

  it('refuses a page whose holes and runs do not match', () => {
    expect(() => inline(page, '<template data-prose-src="0"><p>one</p></template>')).toThrow(/no prose run 1/);
    expect(() => inline('<div class="prose-seg" data-prose="0"></div>', source)).toThrow(/1 holes but 2/);
  });
});

describe('prose-chunks', () => {
  it('counts CJK and other characters outside MathML, display formulas, headings and list items', () => {
    const run = '<p>深度学习 &amp; x</p><div class="katex-display"><span class="katex-mathml"><math><mi>y</mi></math></span><span>y</span></div>';
    // text seen: 深度学习 (4 CJK), " x x" and "y" (5 others); 1 display formula
    expect(proseFeatures(run)).toEqual([4, 5, 1, 0, 0, 1]);
    // 1.3 × (1.5 × 4 + 0.69 × 5 + 73) = 107.2; 1.3 × (0.96 × 4 + 0.4 × 5 + 75) = 105.1
    expect(proseSize(run)).toEqual({ phone: 107, wide: 105 });
  });

  it('splits a fragment into its top-level elements, keeping comments, void tags and newlines', () => {
    expect(blocks('<h2 id="a">A</h2>\n<p>one <em>x</em><br/>y</p>\n<hr/><svg><path d="M0"/></svg><!-- c --><p>two</p>\n')).toEqual([
      '<h2 id="a">A</h2>\n', '<p>one <em>x</em><br/>y</p>\n', '<hr/>', '<svg><path d="M0"/></svg><!-- c -->', '<p>two</p>\n',
    ]);
    expect(() => blocks('<p>open')).toThrow(/unclosed/);
    expect(() => blocks('</p>')).toThrow(/unbalanced/);
  });

  it('starts a chunk at each heading and after about a phone screen, and loses nothing', () => {
    const long = `<p>${'字'.repeat(Math.ceil(FIT.chunkPx / FIT.phone[0]) + 1)}</p>`;
    const run = `<h2>A</h2><p>a</p>${long}<p>b</p><h3>B</h3><p>c</p>`;
    const html = chunkRun(run);
    const chunks = [...html.matchAll(/<div class="cv" style="[^"]+">(.*?)<\/div>/g)].map((m) => m[1]);
    expect(chunks).toEqual(['<h2>A</h2><p>a</p>' + long, '<p>b</p>', '<h3>B</h3><p>c</p>']);
  });
});
