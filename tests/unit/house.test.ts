/**
 * The house rules, checked on the tree itself: views hold no tensors, rooms stay small, and a topic
 * is one folder on each side, registered in one line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMOS, TOPICS } from '@/components/demo/registry';
import { lectureDemoIds } from '@/components/site/toc';
import { readyLectures } from '@/content/lectures';

const root = path.resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx|mjs|css)$/;

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(root, rel)).isDirectory() ? files(rel) : [rel];
  });
}

describe('the house', () => {
  it('no view imports a TensorFlow.js value: tensors live in demos/', () => {
    const offenders = [...files('components'), ...files('app')].filter((f) => /\.tsx?$/.test(f)).filter((f) => {
      const text = readFileSync(path.join(root, f), 'utf8');
      const value = /^import\s+(?!type\b)[^;]*from\s+['"]@tensorflow\//m.test(text);
      return value || /import\(\s*['"]@tensorflow\//.test(text) || /require\(\s*['"]@tensorflow\//.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('server code never imports the topic descriptors (their lazy views would join every page\'s first load)', () => {
    const server = [...files('app'), ...files('content'), ...files('components/site'), ...files('components/mdx'), ...files('components/figures')]
      .filter((f) => /\.tsx?$/.test(f) && !/^['"]use client['"]/.test(readFileSync(path.join(root, f), 'utf8').trimStart()));
    const offenders = server.filter((f) => /from ['"]@\/components\/(demo\/(registry|topics|lazy)|demos\/[\w-]+(\/index)?)['"]/.test(readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('no source file is over 400 lines', () => {
    const big = ['app', 'components', 'content', 'demos', 'scripts', 'tests'].flatMap(files)
      .filter((f) => SOURCE.test(f) && !f.endsWith('bibliography.ts'))
      .map((f) => [f, readFileSync(path.join(root, f), 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 400);
    expect(big).toEqual([]);
  });

  it('every topic is a folder on each side, and every demo id is unique and placed on a page', () => {
    for (const t of TOPICS) {
      expect(statSync(path.join(root, 'components/demos', t.name, 'index.ts')).isFile()).toBe(true);
      expect(statSync(path.join(root, 'demos', t.name, 'index.ts')).isFile()).toBe(true);
    }
    const ids = TOPICS.flatMap((t) => t.demos.map((d) => d.id));
    expect(new Set(ids).size).toBe(ids.length);
    const placed = new Set(readyLectures().flatMap((l) => lectureDemoIds(l.slug)));
    for (const id of Object.keys(DEMOS)) expect(placed.has(id), `${id} is on no lecture page`).toBe(true);
    // a page loads only its own lecture's topic, so a <Demo> of another topic would say "unknown demo"
    for (const l of readyLectures()) {
      const own = new Set(TOPICS.find((t) => t.lecture === l.slug)?.demos.map((d) => d.id) ?? []);
      expect(lectureDemoIds(l.slug).filter((id) => !own.has(id)), `${l.slug} places demos of another topic`).toEqual([]);
    }
  });

  it('every declared parameter has a sane default, and at most one drives the presenter remote', async () => {
    for (const d of Object.values(DEMOS)) {
      const entries = Object.entries((await d.params?.()) ?? {});
      expect(entries.filter(([, s]) => s.main).length, d.id).toBeLessThanOrEqual(1);
      for (const [name, s] of entries) {
        for (const v of [s.default, s.quick].filter((x) => x !== undefined)) {
          if (s.kind === 'number') expect(v as number, `${d.id}.${name}`).toBeGreaterThanOrEqual(s.min);
          if (s.kind === 'number') expect(v as number, `${d.id}.${name}`).toBeLessThanOrEqual(s.max);
          if (s.kind === 'choice') expect(s.choices as readonly unknown[], `${d.id}.${name}`).toContain(v);
        }
      }
    }
  });
});
