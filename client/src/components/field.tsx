import type { ReactNode } from "react";

type FieldProps = {
  inputId: string;
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
  labelHidden?: boolean;
  children: ReactNode;
};

export function describedBy(inputId: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function Field({ inputId, label, hint, error, optionalLabel, labelHidden, children }: FieldProps) {
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label
        className={labelHidden ? "visually-hidden" : "field-label"}
        htmlFor={inputId}
        id={`${inputId}-label`}
      >
        {label}
        {optionalLabel && <span className="field-optional"> ({optionalLabel})</span>}
      </label>
      {hint && (
        <p className="field-hint" id={`${inputId}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p className="field-error" id={`${inputId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
