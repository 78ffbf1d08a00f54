import { useTranslation } from "react-i18next";
import { PERSON_ACCESS_LIMIT } from "#shared/schemas/audit.ts";
import { ErrorState } from "../../components/error-state.tsx";
import { Loading } from "../../components/loading.tsx";
import { Section } from "../../components/section.tsx";
import { useAccessHistory } from "./get-access-history.ts";
import { PersonAccessTable } from "./person-access-table.tsx";
import "./messages.ts";
import "../persons/messages.ts";

/** Who saw or changed this person's data (Art. 15 GDPR: the recipients), newest first. */
export function AccessHistorySection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const history = useAccessHistory(personId);
  const title = t("persons.sections.accessHistory");
  return (
    <Section id="access-history" title={title}>
      <div className="stack">
        <p className="text-muted">{t("accessHistory.intro")}</p>
        {history.isPending ? (
          <Loading />
        ) : history.isError ? (
          <ErrorState error={history.error} onRetry={() => void history.refetch()} />
        ) : history.data.length === 0 ? (
          <p className="text-muted">{t("accessHistory.empty")}</p>
        ) : (
          <>
            <PersonAccessTable entries={history.data} caption={title} />
            {history.data.length >= PERSON_ACCESS_LIMIT && (
              <p className="text-muted">{t("accessHistory.limit", { count: PERSON_ACCESS_LIMIT })}</p>
            )}
          </>
        )}
      </div>
    </Section>
  );
}
