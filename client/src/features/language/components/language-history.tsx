import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { DataTable } from "#client/components/data-table.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { languageSkills } from "#shared/language/levels.ts";
import type { LanguageEntry } from "#shared/schemas/language.ts";
import { useDeleteLanguageEntry } from "../api/language-mutations.ts";
import "../messages.ts";

type LanguageHistoryProps = { personId: string; entries: LanguageEntry[]; userId: string };

function SourceText({ entry }: { entry: LanguageEntry }) {
  const { t } = useTranslation();
  if (entry.source === "certificate") {
    return (
      <>
        {entry.provider && t(`language.providers.${entry.provider}`)}
        {entry.certificateNumber && (
          <span className="cell-sub">
            {t("language.history.certificateNumber", { number: entry.certificateNumber })}
          </span>
        )}
      </>
    );
  }
  return (
    <>
      {entry.assessorType && t(`language.assessorTypes.${entry.assessorType}`)}
      <span className="cell-sub">{[entry.assessorName, entry.companyName].filter(Boolean).join(" · ")}</span>
    </>
  );
}

/** Every entry of the chosen language, newest first (the server's order). */
export function LanguageHistory({ personId, entries, userId }: LanguageHistoryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const remove = useDeleteLanguageEntry(personId);
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <DataTable caption={t("language.history.caption")}>
      <thead>
        <tr>
          <th scope="col">{t("language.history.date")}</th>
          <th scope="col">{t("language.history.source")}</th>
          <th scope="col">{t("language.history.levels")}</th>
          <th scope="col">{t("language.history.by")}</th>
          <th scope="col">{t("language.history.note")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("common.actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <th scope="row" className="cell-nowrap">
              {formatDate(entry.date, language)}
            </th>
            <td>
              <span className={entry.source === "assessment" ? "badge badge-info" : "badge badge-neutral"}>
                {t(`language.sources.${entry.source}`)}
              </span>{" "}
              <SourceText entry={entry} />
            </td>
            <td>
              <ul className="level-list">
                {languageSkills.map((skill) =>
                  entry.levels[skill] ? (
                    <li key={skill}>
                      {t(`language.skills.${skill}`)} <strong>{entry.levels[skill]}</strong>
                    </li>
                  ) : null,
                )}
              </ul>
            </td>
            <td>{t("language.history.recordedBy", { name: entry.recordedByName })}</td>
            <td>{entry.note ?? <span className="text-muted">–</span>}</td>
            <td className="cell-actions">
              {entry.recordedBy === userId && (
                <Button
                  variant={confirming === entry.id ? "danger" : "quiet"}
                  className="button-small"
                  busy={remove.isPending && remove.variables === entry.id}
                  aria-label={
                    confirming === entry.id
                      ? undefined
                      : t("language.history.deleteEntry", { date: formatDate(entry.date, language) })
                  }
                  onBlur={() => setConfirming((current) => (current === entry.id ? null : current))}
                  onClick={() => {
                    if (confirming !== entry.id) {
                      setConfirming(entry.id);
                      return;
                    }
                    remove.mutate(entry.id, {
                      onSuccess: () => showToast(t("language.history.deleted")),
                      onError: (error) => showToast(errorMessage(error), "error"),
                    });
                  }}
                >
                  {confirming === entry.id
                    ? t("language.history.confirmDelete")
                    : t("language.history.delete")}
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
