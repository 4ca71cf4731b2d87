import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from '@/components/mdx';

// Required by @next/mdx. Pages pass language-bound components explicitly (see
// app/[lang]/lectures/[slug]/page.tsx); this default is the English set.
export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...mdxComponents('en', ''), ...components };
}
