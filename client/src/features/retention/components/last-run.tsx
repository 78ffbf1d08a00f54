import { useTranslation } from "react-i18next";
import { formatDateTime } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { JobRunSummary } from "#shared/schemas/retention.ts";
import "../messages.ts";

export function LastRun({ run }: { run: JobRunSummary | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!run) return <p>{t("retention.noRun")}</p>;
  return (
    <p>
      {t(`retention.runStatuses.${run.status}`, {
        date: formatDateTime(run.finishedAt ?? run.startedAt, language),
        count: run.anonymised,
      })}
    </p>
  );
}
