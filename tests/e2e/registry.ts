/**
 * What the generated browser tests iterate over, read from the same places the site reads:
 * the topics' demo descriptors (components/demos/<topic>/index.ts) and each lecture's MDX.
 */
import { DEMOS } from '../../components/demo/registry';
import type { DemoDescriptor } from '../../components/demo/types';
import { lectureDemoIds } from '../../components/site/toc';
import { readyLectures } from '../../content/lectures';

export const allDemoIds = () => Object.keys(DEMOS);
export const descriptor = (id: string): DemoDescriptor => DEMOS[id];

/** every ready lecture with the demos its page places, in page order */
export const LECTURE_PAGES = readyLectures().map((l) => ({ slug: l.slug, demos: lectureDemoIds(l.slug) }));
