import type { ReactNode } from "react";

type AlertProps = {
  tone?: "error" | "warning" | "info";
  children: ReactNode;
  action?: ReactNode;
  role?: "alert" | "status";
};

export function Alert({ tone = "error", children, action, role = "alert" }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role={role}>
      <div className="alert-text">{children}</div>
      {action && <div className="alert-action">{action}</div>}
    </div>
  );
}
