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
const markers = { Demo, Notes, SlideBreak };
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

  it('reads heading text through markup', () => {
    expect(textOf(h('h2', null, 'a ', h('em', null, 'b'), ['c', 1]))).toBe('a bc1');
  });
});
