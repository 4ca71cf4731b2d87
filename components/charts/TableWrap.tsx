/**
 * A wide table that scrolls sideways on a phone instead of breaking the layout. Focusable and
 * named, so a keyboard user can scroll it too (axe: scrollable-region-focusable).
 */
import type { ReactNode } from 'react';

export function TableWrap({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role={label ? 'region' : undefined} aria-label={label}>
      {children}
    </div>
  );
}
