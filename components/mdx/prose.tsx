/**
 * Prose that React does not hydrate. A lecture is mostly text and formulas that never change, and
 * hydrating it cost a phone seconds of script and doubled the page (the React Server Components
 * payload repeated the whole rendered prose, KaTeX included). So the MDX's top-level blocks are
 * split into runs: an *island* (a block that is or contains a client component — a demo, an
 * interactive figure) renders as usual and hydrates; every run of static blocks between islands
 * becomes an empty hole, <div class="prose-seg" data-prose="k">, with an empty
 * dangerouslySetInnerHTML, which React neither checks nor fills when it hydrates.
 *
 * The hidden route …/[slug]/prose/ renders the same runs as <template data-prose-src="k">, and
 * scripts/prose-inline.ts copies them into the holes of the exported HTML after `next build`,
 * then deletes that route. The HTML a student downloads holds the prose once, as HTML; the
 * payload holds only the holes.
 */
import { Children, Fragment, isValidElement, type ComponentType, type ReactElement, type ReactNode } from 'react';

const CLIENT_REFERENCE = Symbol.for('react.client.reference');
/** marks an MDX tag that is a server function rendering a client component (e.g. <Demo>) */
export const ISLAND = Symbol.for('course.island');

type Marked = { $$typeof?: symbol; [ISLAND]?: boolean };

export function isIsland(node: ReactNode): boolean {
  if (!isValidElement(node)) return false;
  const type = node.type as Marked;
  if (type && (typeof type === 'function' || typeof type === 'object') && (type.$$typeof === CLIENT_REFERENCE || type[ISLAND])) return true;
  let found = false;
  Children.forEach((node.props as { children?: ReactNode }).children, (c) => {
    if (!found && isIsland(c)) found = true;
  });
  return found;
}

export type Run = { island: true; node: ReactNode } | { island: false; nodes: ReactNode[] };

/** the top-level blocks of a compiled MDX document, grouped into islands and static runs */
export function splitRuns(blocks: ReactNode): Run[] {
  const runs: Run[] = [];
  for (const b of Children.toArray(blocks)) {
    if (isIsland(b)) runs.push({ island: true, node: b });
    else {
      const last = runs[runs.length - 1];
      if (last && !last.island) last.nodes.push(b);
      else runs.push({ island: false, nodes: [b] });
    }
  }
  return runs;
}

type Mdx = ComponentType<{ components?: object }>;

/** Calls the compiled MDX function to get its top-level blocks (it is a plain function of props). */
export function mdxBlocks(Content: Mdx, components: object): ReactNode {
  const tree = (Content as unknown as (p: { components: object }) => ReactElement<{ children?: ReactNode }>)({ components });
  return tree.props.children;
}

/** The lecture page's body: islands hydrate, static runs are holes filled after the build. */
export function ProseWithHoles({ Content, components }: { Content: Mdx; components: object }) {
  // `next dev` has no post-build step to fill the holes: there the prose renders (and hydrates) as is
  if (process.env.NODE_ENV === 'development') return <Content components={components} />;
  let k = 0;
  return (
    <>
      {splitRuns(mdxBlocks(Content, components)).map((r, i) =>
        r.island ? (
          <Fragment key={i}>{r.node}</Fragment>
        ) : (
          <div key={i} className="prose-seg" data-prose={k++} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />
        ),
      )}
    </>
  );
}

/** The hidden source route's body: each static run, in order, inside a <template>. */
export function ProseSource({ Content, components }: { Content: Mdx; components: object }) {
  let k = 0;
  return (
    <>
      {splitRuns(mdxBlocks(Content, components)).map((r, i) =>
        r.island ? null : <template key={i} data-prose-src={k++}>{r.nodes}</template>,
      )}
    </>
  );
}
