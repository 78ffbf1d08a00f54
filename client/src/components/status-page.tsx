import type { ReactNode } from "react";
import { DocumentTitle } from "./document-title.tsx";

type StatusPageProps = { code?: string; title: string; children: ReactNode; actions?: ReactNode };

export function StatusPage({ code, title, children, actions }: StatusPageProps) {
  return (
    <div className="status-page">
      <DocumentTitle title={title} />
      {code && (
        <p className="status-code" aria-hidden="true">
          {code}
        </p>
      )}
      <h1 className="page-title">{title}</h1>
      <div className="status-text">{children}</div>
      {actions && <div className="form-actions">{actions}</div>}
    </div>
  );
}
