import { type ComponentProps, useId } from "react";
import { describedBy, Field } from "./field.tsx";

type TextFieldProps = ComponentProps<"input"> & {
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
};

export function TextField({ label, hint, error, optionalLabel, id, className, ...input }: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <Field inputId={inputId} label={label} hint={hint} error={error} optionalLabel={optionalLabel}>
      <input
        id={inputId}
        className={["input", className].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        {...input}
      />
    </Field>
  );
}
