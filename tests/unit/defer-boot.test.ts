/** scripts/defer-boot.ts: Next's bootstrap scripts start after the first paint, none lost. */
import { describe, expect, it } from 'vitest';
import { deferBoot } from '../../scripts/defer-boot';

const page =
  '<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/c/3.js"/>' +
  '<script src="/c/1.js" async=""></script><script src="/c/2.js" async=""></script><title>t</title>' +
  '<script src="/c/legacy.js" noModule=""></script></head><body><p>text</p><script>self.__next_f.push([1])</script>' +
  '<script src="/c/3.js" async=""></script></body></html>';

describe('defer-boot', () => {
  it('moves every async script, in order, into one loader at the end of <body>, and drops their preloads', () => {
    const { html, scripts } = deferBoot(page);
    expect(scripts).toEqual(['/c/1.js', '/c/2.js', '/c/3.js']);
    expect(html).not.toContain('async=""');
    expect(html).not.toContain('rel="preload" as="script"');
    // the stylesheet, the inline payload and the noModule fallback stay where they were
    expect(html).toContain('<link rel="stylesheet" href="/a.css"/>');
    expect(html).toContain('<script src="/c/legacy.js" noModule=""></script>');
    expect(html).toMatch(/<p>text<\/p><script>self.__next_f.push\(\[1\]\)<\/script><script data-boot="\/c\/1.js \/c\/2.js \/c\/3.js">[^<]*requestAnimationFrame[^<]*<\/script><\/body>/);
  });

  it('leaves a page without Next scripts alone, and refuses a script tag it does not know', () => {
    expect(deferBoot('<html><body><p>x</p></body></html>')).toEqual({ html: '<html><body><p>x</p></body></html>', scripts: [] });
    expect(() => deferBoot('<html><head><script src="/x.js" defer></script></head><body></body></html>')).toThrow(/unknown shape/);
  });

  it('the loader adds the scripts once, whichever of its two triggers fires first', () => {
    const { html } = deferBoot(page);
    const code = /<script data-boot="[^"]+">([^<]*)<\/script>/.exec(html)![1];
    const added: string[] = [];
    const timers: (() => void)[] = [];
    const frames: (() => void)[] = [];
    const document = {
      currentScript: { dataset: { boot: '/c/1.js /c/2.js /c/3.js' } },
      createElement: () => ({ src: '', async: false }),
      head: { appendChild: (e: { src: string }) => added.push(e.src) },
    };
    new Function('document', 'requestAnimationFrame', 'setTimeout', code)(document, (f: () => void) => frames.push(f), (f: () => void) => timers.push(f));
    expect(added).toEqual([]); // nothing before the first frame
    frames.forEach((f) => f());
    timers.forEach((f) => f());
    timers.forEach((f) => f());
    expect(added).toEqual(['/c/1.js', '/c/2.js', '/c/3.js']);
  });
});
