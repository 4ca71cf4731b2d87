'use client';
/**
 * What a demo needs to know about presenter mode. Outside presenter mode both contexts are
 * null and demos behave as on the reading page.
 *   PresentContext: the window's role and the bus to the other window.
 *   SlideContext: whether the demo's slide is the one on screen.
 */
import { createContext } from 'react';
import type { Bus } from './bus';

export type PresentRole = 'audience' | 'presenter' | 'preview' | 'print';

export const PresentContext = createContext<{ role: PresentRole; bus: Bus | null } | null>(null);
export const SlideContext = createContext<{ active: boolean } | null>(null);
