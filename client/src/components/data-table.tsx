import type { ReactNode } from "react";

/** A leading column of checkboxes that a list's page adds (bulk actions); the table only places it. */
export type SelectColumn<T> = { header: (rows: T[]) => ReactNode; cell: (row: T) => ReactNode };

type DataTableProps = { caption: string; captionHidden?: boolean; children: ReactNode };

/**
 * The scroll container is a named group, not a region landmark: a landmark per table crowded the
 * landmark list and repeated the section it sits in ("Einwilligungen" twice; axe landmark-unique).
 */
export function DataTable({ caption, captionHidden = false, children }: DataTableProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; this groups a table
    <div className="table-wrap" role="group" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className={captionHidden ? "visually-hidden" : undefined}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
