'use client';
/**
 * <Reflection lang id prompt />: a place for the student's own answer to a discussion question.
 * The text stays in this browser (localStorage, under a key made from the question id) and is
 * never sent anywhere. Server-rendered as a labelled prompt and an empty text box, so without
 * JavaScript it is still a plain question to think about (nothing is saved then).
 */
import { useEffect, useId, useState } from 'react';

type Lang = 'zh' | 'en';

const T = {
  zh: {
    label: '你的回答',
    kept: '只保存在这个浏览器里（localStorage），不会发送到任何地方。',
    saved: '已保存在本机。',
    clear: '清除我的回答',
    placeholder: '写下你的看法和理由……',
    noStorage: '这个浏览器不允许本地保存：可以写，但刷新后会消失。',
  },
  en: {
    label: 'Your answer',
    kept: 'Kept in this browser only (localStorage); never sent anywhere.',
    saved: 'Saved on this device.',
    clear: 'Clear my answer',
    placeholder: 'Write your view and your reasons…',
    noStorage: 'This browser does not allow local storage: you can write, but a reload will lose it.',
  },
} as const;

const KEY = (id: string) => `course.reflection.${id}`;

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = '__course_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null; // private mode or blocked storage: still usable, just not kept
  }
}

export function Reflection({ lang, id, prompt }: { lang: Lang; id: string; prompt: string }) {
  const t = T[lang] ?? T.en;
  const field = useId();
  const hint = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'idle' | 'saved' | 'none'>('idle');

  useEffect(() => {
    const s = storage();
    if (!s) return setStatus('none');
    const v = s.getItem(KEY(id));
    if (v) setText(v);
  }, [id]);

  function change(v: string) {
    setText(v);
    const s = storage();
    if (!s) return setStatus('none');
    if (v) s.setItem(KEY(id), v);
    else s.removeItem(KEY(id));
    setStatus('saved');
  }

  return (
    <div className="question reflection" data-reflection={id}>
      <p className="question-prompt">
        <span className="question-label">?</span> {prompt}
      </p>
      <label htmlFor={field} style={{ display: 'block', fontWeight: 600, margin: '0.4rem 0 0.2rem' }}>{t.label}</label>
      <textarea
        id={field}
        aria-describedby={hint}
        value={text}
        placeholder={t.placeholder}
        onChange={(e) => change(e.target.value)}
        rows={4}
        style={{ width: '100%', boxSizing: 'border-box', font: 'inherit', padding: '0.4rem', color: 'inherit', background: 'transparent', border: '1px solid var(--line)', borderRadius: 6 }}
      />
      <p id={hint} className="hint" style={{ margin: '0.2rem 0', fontSize: '0.9em' }}>
        {status === 'none' ? t.noStorage : status === 'saved' && text ? `${t.saved} ${t.kept}` : t.kept}{' '}
        {text ? (
          <button type="button" onClick={() => change('')} style={{ marginLeft: '0.5rem' }}>{t.clear}</button>
        ) : null}
      </p>
    </div>
  );
}
