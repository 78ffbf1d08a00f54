import { type ComponentProps, useId } from "react";
import { describedBy, Field } from "./field.tsx";

type TextareaFieldProps = ComponentProps<"textarea"> & {
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
};

export function TextareaField({
  label,
  hint,
  error,
  optionalLabel,
  id,
  className,
  ...textarea
}: TextareaFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <Field inputId={inputId} label={label} hint={hint} error={error} optionalLabel={optionalLabel}>
      <textarea
        id={inputId}
        className={["input", "textarea", className].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        {...textarea}
      />
    </Field>
  );
}
