import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';

export const metadata: Metadata = { title: '深度学习前沿 · Frontiers of Deep Learning', icons: { icon: '/favicon.svg' } };

// The language chooser has its own root layout: the lecture pages set <html lang> per language.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
