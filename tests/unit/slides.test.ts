/**
 * Presenter mode's slide cutter, on a hand-made lecture: where slides start, what their titles
 * and kickers are, where notes and demos go, and that empty continuations disappear.
 */
import { createElement as h, Fragment } from 'react';
import { describe, expect, it } from 'vitest';
import { splitSlides, textOf, topLevel } from '@/components/present/slides';

const Demo = (_: { id: string }) => null;
const Notes = (_: { children?: unknown }) => null;
const SlideBreak = () => null;
const Slide = (_: { children?: unknown; title?: string; kind?: string }) => null;
const markers = { Demo, Notes, SlideBreak, Slide };
const opts = { lectureTitle: 'Lecture', demoTitle: (id: string) => `Demo ${id}` };

describe('splitSlides', () => {
  it('cuts at ## and ###, gives demos their own slide, and sends notes to the presenter', () => {
    // what MDXContent returns: a fragment of the top-level elements
    const content = h(Fragment, null,
      h('p', null, 'intro'), '\n',
      h('h2', { id: 'a' }, 'Section ', h('strong', null, 'A')),
      h(Notes, null, 'say A'),
      h('h3', null, 'Sub 1'),
      h('p', null, 'one'),
      h(Demo, { id: 'x' }),
      h('p', null, 'after x'),
      h('h3', null, 'Try it'),
      h(Demo, { id: 'y' }),
      h(Notes, null, 'about y'),
      h('h2', null, 'B'),
      h('p', null, 'b1'),
      h(SlideBreak),
      h('p', null, 'b2'),
      h(SlideBreak),
    );
    const slides = splitSlides(topLevel(content), markers, opts);
    expect(slides.map((s) => [s.kind, s.title, s.kicker ?? '', s.cont ? 'cont' : '', s.body.length, s.notes.length, s.demos.join()])).toEqual([
      ['title', 'Lecture', '', '', 1, 0, ''],
      ['section', 'Section A', '', '', 0, 1, ''], // a divider: only its notes
      ['sub', 'Sub 1', 'Section A', '', 1, 0, ''],
      ['demo', 'Demo x', 'Sub 1', '', 1, 0, 'x'],
      ['sub', 'Sub 1', 'Section A', 'cont', 1, 0, ''], // the text after the demo continues
      ['demo', 'Demo y', 'Try it', '', 1, 1, 'y'], // a heading with only a demo under it becomes the demo slide
      ['section', 'B', '', '', 1, 0, ''],
      ['sub', 'B', '', 'cont', 1, 0, ''], // the trailing empty break is dropped
    ]);
  });

  it('with <Slide> blocks, projects only them and the demos; the prose becomes each slide’s script', () => {
    const content = h(Fragment, null,
      h('p', null, 'opening'),
      h('h2', null, 'Section A'),
      h(Slide, null, h('ul', null, h('li', null, 'one point'))),
      h('p', null, 'prose a1'),
      h(Notes, null, 'note a'),
      h('p', null, 'prose a2'),
      h('h3', null, 'Sub 1'),
      h(Slide, { title: 'Shorter' }, h('p', null, 'x')),
      h('p', null, 'prose s1'),
      h(Demo, { id: 'x' }),
      h('p', null, 'after x'),
      h('h2', null, 'B'),
      h('p', null, 'no slide of its own: said under the demo'),
      h(Slide, { kind: 'summary', title: 'Recap' }, h('p', null, 'r')),
    );
    const slides = splitSlides(topLevel(content), markers, opts);
    expect(slides.map((s) => [s.kind, s.title, s.kicker ?? '', s.body.length, s.script.length, s.notes.length, s.demos.join()])).toEqual([
      ['title', 'Lecture', '', 0, 1, 0, ''],
      ['section', 'Section A', '', 1, 2, 1, ''],
      ['sub', 'Shorter', 'Section A', 1, 1, 0, ''],
      ['demo', 'Demo x', 'Sub 1', 1, 2, 0, 'x'],
      ['summary', 'Recap', '', 1, 0, 0, ''],
    ]);
  });

  it('reads heading text through markup', () => {
    expect(textOf(h('h2', null, 'a ', h('em', null, 'b'), ['c', 1]))).toBe('a bc1');
  });
});
