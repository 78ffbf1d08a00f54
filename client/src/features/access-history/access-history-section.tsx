import { useTranslation } from "react-i18next";
import { PERSON_ACCESS_LIMIT, type PersonAccessEntry } from "../../../../shared/schemas/audit.ts";
import { DataTable } from "../../components/data-table.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { Loading } from "../../components/loading.tsx";
import { Section } from "../../components/section.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { useLanguage } from "../../lib/use-language.ts";
import { useAccessHistory } from "./get-access-history.ts";
import "./messages.ts";
import "../persons/messages.ts";

function AccessRow({ entry }: { entry: PersonAccessEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <tr>
      <td className="cell-nowrap">{formatDateTime(entry.at, language)}</td>
      <td>{entry.userName ?? "–"}</td>
      <td>{entry.role ? t(`roles.${entry.role}`, { defaultValue: entry.role }) : "–"}</td>
      <td>{entry.companyName ?? entry.centreName ?? "–"}</td>
      <td>
        <span className={`badge ${entry.kind === "read" ? "badge-neutral" : "badge-info"}`}>
          {t(`accessHistory.kinds.${entry.kind}`)}
        </span>
      </td>
      <td title={entry.action}>{t(`accessHistory.areas.${entry.area}`)}</td>
    </tr>
  );
}

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
            <DataTable caption={title} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{t("accessHistory.when")}</th>
                  <th scope="col">{t("accessHistory.who")}</th>
                  <th scope="col">{t("accessHistory.role")}</th>
                  <th scope="col">{t("accessHistory.place")}</th>
                  <th scope="col">{t("accessHistory.kind")}</th>
                  <th scope="col">{t("accessHistory.what")}</th>
                </tr>
              </thead>
              <tbody>
                {history.data.map((entry) => (
                  <AccessRow key={entry.id} entry={entry} />
                ))}
              </tbody>
            </DataTable>
            {history.data.length >= PERSON_ACCESS_LIMIT && (
              <p className="text-muted">{t("accessHistory.limit", { count: PERSON_ACCESS_LIMIT })}</p>
            )}
          </>
        )}
      </div>
    </Section>
  );
}
