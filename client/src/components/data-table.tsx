import type { ReactNode } from "react";

type DataTableProps = { caption: string; captionHidden?: boolean; children: ReactNode };

export function DataTable({ caption, captionHidden = false, children }: DataTableProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-wrap" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className={captionHidden ? "visually-hidden" : undefined}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}
