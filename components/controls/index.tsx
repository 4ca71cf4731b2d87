'use client';
/**
 * The controls every demo shares, so a slider or a choice looks and behaves the same everywhere:
 * a visible label that carries the current value, `data-control` for tests, and values (not
 * indices) in and out. Views pass their own label text, already filled in.
 */
import type { ReactNode } from 'react';

/** A range slider over numbers; `choices` makes it step through a list of values instead. */
export function Slider({ label, value, onChange, min, max, step, choices, control, valueText, className = 'slider' }: {
  label: ReactNode;
  value: number;
  onChange(v: number): void;
  min?: number;
  max?: number;
  step?: number;
  /** step through these values (e.g. [0.001, 0.01, 0.1]); min/max/step are then ignored */
  choices?: readonly number[];
  control: string;
  /** what a screen reader says for the value (defaults to the value) */
  valueText?: string;
  className?: string;
}) {
  const index = choices ? Math.max(0, choices.indexOf(value)) : 0;
  return (
    <label className={className}>
      <span>{label}</span>
      <input
        type="range"
        data-control={control}
        min={choices ? 0 : min}
        max={choices ? choices.length - 1 : max}
        step={choices ? 1 : step}
        value={choices ? index : value}
        aria-valuetext={valueText ?? String(value)}
        onChange={(e) => onChange(choices ? choices[Number(e.target.value)] : Number(e.target.value))}
      />
    </label>
  );
}

/** One of a list, as a drop-down (default) or radio buttons. Numbers stay numbers; Infinity is allowed. */
export function Choice<T extends string | number>({ label, value, onChange, choices, format = String, control, radio, name, disabled, className, children }: {
  label: ReactNode;
  // T comes from the value and the choices, not from the callbacks
  value: T;
  onChange(v: NoInfer<T>): void;
  choices: readonly T[];
  format?: (v: NoInfer<T>) => ReactNode;
  control?: string;
  /** radio buttons instead of a drop-down; needs a `name` unique on the page */
  radio?: boolean;
  name?: string;
  disabled?: boolean;
  className?: string;
  /** more controls inside the radio group's fieldset (e.g. a choice that depends on this one) */
  children?: ReactNode;
}) {
  const key = (v: T) => (typeof v === 'number' && !Number.isFinite(v) ? 'inf' : String(v));
  if (radio) {
    return (
      <fieldset className={className} data-control={control} disabled={disabled}>
        <legend>{label}</legend>
        {choices.map((c) => (
          <label key={key(c)}>
            <input type="radio" name={name} checked={c === value} onChange={() => onChange(c)} /> {format(c)}
          </label>
        ))}
        {children}
      </fieldset>
    );
  }
  return (
    <label className={className}>
      {label}{' '}
      <select value={key(value)} data-control={control} disabled={disabled}
        onChange={(e) => onChange(choices.find((c) => key(c) === e.target.value) ?? value)}>
        {choices.map((c) => <option key={key(c)} value={key(c)}>{format(c)}</option>)}
      </select>
    </label>
  );
}

/** A whole number typed or stepped with the arrows, kept in [min, max]. */
export function Stepper({ label, value, onChange, min, max, step = 1, control, disabled }: {
  label: ReactNode;
  value: number;
  onChange(v: number): void;
  min: number;
  max: number;
  step?: number;
  control?: string;
  disabled?: boolean;
}) {
  return (
    <label>
      {label}{' '}
      <input type="number" inputMode="numeric" min={min} max={max} step={step} value={value} data-control={control} disabled={disabled}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(n)) onChange(Math.min(max, Math.max(min, Math.round(n / step) * step)));
        }} />
    </label>
  );
}
