import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import type { QueryParams } from "#client/lib/api-client.ts";
import { type BulkSummary, MAX_BULK_IDS } from "#shared/schemas/bulk.ts";
import type { Caseworker } from "#shared/schemas/user.ts";
import type { BulkList } from "../api/run-bulk-action.ts";
import type { RowSelection } from "../utils/use-row-selection.ts";
import { BulkActionForm } from "./bulk-action-form.tsx";
import { BulkSummaryView } from "./bulk-summary.tsx";
import "../messages.ts";

type BulkActionBarProps = {
  list: BulkList;
  selection: RowSelection;
  filter: QueryParams;
  userId: string;
  caseworkers: Caseworker[];
  /** The export of the chosen rows (`ids`) or, for "all matching", of the filtered list (`undefined`). */
  exportButtons?: (ids: string[] | undefined) => ReactNode;
};

/** Above a list: how many rows are chosen, "all matching the filter", the action form and its summary. */
export function BulkActionBar({
  list,
  selection,
  filter,
  userId,
  caseworkers,
  exportButtons,
}: BulkActionBarProps) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<BulkSummary | null>(null);
  const target = selection.allMatching ? { filter } : { ids: selection.ids };
  // Nothing chosen and no result to show: only the hint for screen readers, so the list keeps its place.
  const idle = selection.isEmpty && summary === null;
  return (
    <section className={idle ? "visually-hidden" : "bulk-bar"} aria-label={t("bulkActions.barLabel")}>
      <div className="bulk-bar-selection">
        <p role="status">
          {selection.isEmpty
            ? t("bulkActions.nothingSelected")
            : selection.allMatching
              ? t("bulkActions.allMatching", { max: MAX_BULK_IDS })
              : t("bulkActions.selected", { count: selection.ids.length })}
        </p>
        {!selection.isEmpty && (
          <>
            {!selection.allMatching && (
              <Button variant="quiet" onClick={selection.selectAllMatching}>
                {t("bulkActions.selectAllMatching")}
              </Button>
            )}
            <Button variant="quiet" onClick={selection.clear}>
              {t("bulkActions.clear")}
            </Button>
          </>
        )}
      </div>
      {!selection.isEmpty && (
        <div className="bulk-bar-actions">
          <BulkActionForm
            list={list}
            target={target}
            userId={userId}
            caseworkers={caseworkers}
            onDone={(done) => {
              setSummary(done);
              selection.clear();
            }}
          />
          {exportButtons?.(selection.allMatching ? undefined : selection.ids)}
        </div>
      )}
      <div role="status">
        {summary && <BulkSummaryView summary={summary} onDismiss={() => setSummary(null)} />}
      </div>
    </section>
  );
}
