// A button that shows only a glyph: one label serves as its accessible name and as its tooltip, so the two
// cannot drift apart. The glyph itself must be hidden from assistive technology (aria-hidden).
import type { ComponentChildren } from 'preact';

export interface IconButtonProps {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  /** Classes besides `icon-button`. */
  class?: string;
  children: ComponentChildren;
}

export function IconButton({ label, onClick, disabled, class: extra, children }: IconButtonProps) {
  return (
    <button
      type="button"
      class={extra ? `icon-button ${extra}` : 'icon-button'}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
