import type { ReactNode } from "react";
import { useRecordReadOnly } from "./record-read-only.tsx";

type SectionProps = { id: string; title: string; actions?: ReactNode; children: ReactNode };

export function Section({ id, title, actions, children }: SectionProps) {
  const readOnly = useRecordReadOnly();
  return (
    <section className="section card" id={id} aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h2 id={`${id}-title`} className="section-title">
          {title}
        </h2>
        {actions && !readOnly && <div className="section-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
