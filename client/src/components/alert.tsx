import type { ReactNode } from "react";

type AlertProps = { tone?: "error" | "warning" | "info"; children: ReactNode; action?: ReactNode };

export function Alert({ tone = "error", children, action }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role="alert">
      <div className="alert-text">{children}</div>
      {action && <div className="alert-action">{action}</div>}
    </div>
  );
}
