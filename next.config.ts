import createMDX from '@next/mdx';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  images: { unoptimized: true },
  // The site is static and self-contained: nothing here may load from another origin.
  poweredByHeader: false,
  // `next dev` serves its scripts only to the origins it knows: the browser tests open 127.0.0.1
  allowedDevOrigins: ['127.0.0.1'],
  // `npm test` type-checks once before building; NEXT_SKIP_TYPECHECK=1 lets it skip the second pass
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
};

// Turbopack needs plugins named as strings (functions are not serialisable).
// throwOnError + strict: a bad formula fails the build instead of rendering red text.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-math'],
    rehypePlugins: ['rehype-slug', ['rehype-katex', { strict: true, throwOnError: true }]],
  },
});

export default withMDX(nextConfig);
