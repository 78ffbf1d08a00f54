import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { type BulkRefusal, type BulkSummary, bulkRefusals } from "#shared/schemas/bulk.ts";

/** What the action changed, what was already so, and what was refused, grouped by why. */
export function BulkSummaryView({ summary, onDismiss }: { summary: BulkSummary; onDismiss: () => void }) {
  const { t } = useTranslation();
  const refusedBy = (reason: BulkRefusal) => summary.refused.filter((each) => each.reason === reason).length;
  return (
    <div className="bulk-summary">
      <p className="bulk-summary-title">
        {t("bulkActions.summaryTitle", { action: t(`bulkActions.actions.${summary.action}`) })}
      </p>
      <ul>
        <li>{t("bulkActions.changed", { count: summary.changed.length })}</li>
        {summary.unchanged.length > 0 && (
          <li>{t("bulkActions.unchanged", { count: summary.unchanged.length })}</li>
        )}
        {summary.refused.length > 0 && (
          <li>
            {t("bulkActions.refused", { count: summary.refused.length })}
            <ul>
              {bulkRefusals
                .filter((reason) => refusedBy(reason) > 0)
                .map((reason) => (
                  <li key={reason}>
                    {t("bulkActions.refusedBecause", {
                      reason: t(`bulkActions.reasons.${reason}`),
                      count: refusedBy(reason),
                    })}
                  </li>
                ))}
            </ul>
          </li>
        )}
      </ul>
      <Button variant="quiet" onClick={onDismiss}>
        {t("bulkActions.dismiss")}
      </Button>
    </div>
  );
}
