import { type ComponentProps, useId } from "react";

type CheckboxFieldProps = Omit<ComponentProps<"input">, "type"> & { label: string };

export function CheckboxField({ label, id, className, ...input }: CheckboxFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div className={["checkbox-field", className].filter(Boolean).join(" ")}>
      <input id={inputId} type="checkbox" className="checkbox" {...input} />
      <label htmlFor={inputId}>{label}</label>
    </div>
  );
}
