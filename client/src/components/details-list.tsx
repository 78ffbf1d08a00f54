import type { ReactNode } from "react";

export type DetailItem = { label: string; value: ReactNode };

export function DetailsList({ items }: { items: DetailItem[] }) {
  return (
    <dl className="details-list">
      {items.map((item) => (
        <div key={item.label} className="details-item">
          <dt>{item.label}</dt>
          <dd>
            {item.value === null || item.value === "" ? <span className="text-muted">–</span> : item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
