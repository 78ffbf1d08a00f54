import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { RetentionEntry } from "#shared/schemas/retention.ts";
import { useRetentionOverview } from "../api/get-retention.ts";
import { DueTable } from "./due-table.tsx";
import { HeldTable } from "./held-table.tsx";
import { LastRun } from "./last-run.tsx";
import { PostponeDialog } from "./postpone-dialog.tsx";
import { RetentionSettingsForm } from "./retention-settings-form.tsx";
import "../messages.ts";

export function RetentionOverview() {
  const { t } = useTranslation();
  const language = useLanguage();
  const overview = useRetentionOverview();
  const [postponing, setPostponing] = useState<RetentionEntry | null>(null);
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  const { due, held, horizonOn, truncated, retentionYears, lastRun, today } = overview.data;
  return (
    <div className="stack">
      <Section id="retention-due" title={t("retention.dueTitle")}>
        {truncated && (
          <Alert tone="info" role="status">
            {t("retention.truncated")}
          </Alert>
        )}
        {due.length === 0 ? (
          <EmptyState title={t("retention.dueEmpty")}>
            <p>{t("retention.dueEmptyText")}</p>
          </EmptyState>
        ) : (
          <DueTable
            caption={t("retention.dueCaption", { date: formatDate(horizonOn, language) })}
            entries={due}
            onPostpone={setPostponing}
          />
        )}
      </Section>
      {held.length > 0 && (
        <Section id="retention-held" title={t("retention.heldTitle")}>
          <p>{t("retention.heldText")}</p>
          <HeldTable entries={held} />
        </Section>
      )}
      <Section id="retention-settings" title={t("retention.settingsTitle")}>
        <RetentionSettingsForm key={retentionYears} retentionYears={retentionYears} />
      </Section>
      <Section id="retention-last-run" title={t("retention.lastRunTitle")}>
        <LastRun run={lastRun} />
      </Section>
      <PostponeDialog entry={postponing} today={today} onClose={() => setPostponing(null)} />
    </div>
  );
}
