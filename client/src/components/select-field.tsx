import { type ComponentProps, useId } from "react";
import { describedBy, Field } from "./field.tsx";

type SelectFieldProps = ComponentProps<"select"> & {
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
};

export function SelectField({
  label,
  hint,
  error,
  optionalLabel,
  id,
  className,
  children,
  ...select
}: SelectFieldProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  return (
    <Field inputId={selectId} label={label} hint={hint} error={error} optionalLabel={optionalLabel}>
      <select
        id={selectId}
        className={["input", "select", className].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(selectId, hint, error)}
        {...select}
      >
        {children}
      </select>
    </Field>
  );
}
