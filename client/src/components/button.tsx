import type { ComponentProps } from "react";
import { Link } from "react-router";

export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";

type ButtonProps = ComponentProps<"button"> & { variant?: ButtonVariant; busy?: boolean };

export function buttonClassName(variant: ButtonVariant, className?: string): string {
  return ["button", `button-${variant}`, className].filter(Boolean).join(" ");
}

export function Button({
  variant = "secondary",
  busy = false,
  className,
  type,
  children,
  disabled,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type ?? "button"}
      className={buttonClassName(variant, className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {busy && <span className="spinner spinner-small" aria-hidden="true" />}
      {children}
    </button>
  );
}

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: ButtonVariant };

export function ButtonLink({ variant = "secondary", className, ...rest }: ButtonLinkProps) {
  return <Link className={buttonClassName(variant, className)} {...rest} />;
}
