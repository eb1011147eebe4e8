import type { ComponentChildren } from "preact";

export interface SwitchProps {
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
  children: ComponentChildren;
  /** Extra text read after the label (via aria-describedby). */
  hint?: string;
  id: string;
}

/** An on/off switch: a native checkbox with role="switch", labelled by its visible text. */
export function Switch({ checked, disabled, onChange, children, hint, id }: SwitchProps) {
  return (
    <div class="switch-row">
      <input
        id={id}
        class="switch-input"
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id} class="switch-label">
        <span class="switch-text">{children}</span>
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
      </label>
      {hint && (
        <p id={`${id}-hint`} class="hint switch-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
