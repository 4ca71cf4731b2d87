/**
 * Prose without hydration (components/mdx/prose.tsx, scripts/prose-inline.ts): which blocks are
 * islands, how runs are grouped, and how the build fills the holes.
 */
import { createElement as h, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ISLAND, isIsland, splitRuns } from '@/components/mdx/prose';
import { inline } from '../../scripts/prose-inline';

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
    expect(html).toBe('<main><div class="prose-seg" data-prose="0"><h2 id="a">A</h2><p>one</p></div><section data-demo="x"></section><div class="prose-seg" data-prose="1"><p>two</p></div></main>');
  });

  it('refuses a page whose holes and runs do not match', () => {
    expect(() => inline(page, '<template data-prose-src="0"><p>one</p></template>')).toThrow(/no prose run 1/);
    expect(() => inline('<div class="prose-seg" data-prose="0"></div>', source)).toThrow(/1 holes but 2/);
  });
});
