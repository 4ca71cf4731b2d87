/**
 * Measures KaTeX's three output modes over every formula of the lectures (issue 16's evidence for
 * the choice in next.config.ts): bytes of markup and elements per mode, per language.
 *   npx tsx scripts/katex-output.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import katex from 'katex';

const root = path.resolve(import.meta.dirname, '..');
const MODES = ['htmlAndMathml', 'mathml', 'html'] as const;

for (const lang of ['zh', 'en']) {
  const dir = path.join(root, 'content', lang);
  const formulas: { tex: string; display: boolean }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.mdx'))) {
    const src = readFileSync(path.join(dir, f), 'utf8');
    for (const m of src.matchAll(/\$\$([\s\S]+?)\$\$/g)) formulas.push({ tex: m[1], display: true });
    for (const m of src.replace(/\$\$[\s\S]+?\$\$/g, '').matchAll(/\$([^$\n]+?)\$/g)) formulas.push({ tex: m[1], display: false });
  }
  for (const output of MODES) {
    let bytes = 0, elements = 0;
    for (const { tex, display } of formulas) {
      const html = katex.renderToString(tex, { displayMode: display, output, throwOnError: false, strict: 'ignore' });
      bytes += Buffer.byteLength(html);
      elements += (html.match(/<[a-z]/g) ?? []).length;
    }
    console.log(`${lang} ${formulas.length} formulas · ${output.padEnd(13)} ${(bytes / 1024).toFixed(0).padStart(5)} KB  ${String(elements).padStart(6)} elements`);
  }
}
