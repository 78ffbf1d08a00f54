import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { DataTable } from "#client/components/data-table.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { RetentionEntry } from "#shared/schemas/retention.ts";
import "../messages.ts";

type DueTableProps = {
  caption: string;
  entries: RetentionEntry[];
  onPostpone: (entry: RetentionEntry) => void;
};

export function DueTable({ caption, entries, onPostpone }: DueTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t("retention.person")}</th>
          <th scope="col">{t("retention.basis")}</th>
          <th scope="col">{t("retention.dueOn")}</th>
          <th scope="col">{t("retention.postponed")}</th>
          <th scope="col">{t("retention.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <DueRow key={entry.personId} entry={entry} onPostpone={() => onPostpone(entry)} />
        ))}
      </tbody>
    </DataTable>
  );
}

export const fullName = (entry: RetentionEntry) => `${entry.familyName}, ${entry.givenNames}`;

function DueRow({ entry, onPostpone }: { entry: RetentionEntry; onPostpone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = fullName(entry);
  return (
    <tr>
      <th scope="row" className="cell-name">
        {name}
      </th>
      <td>{t(`retention.bases.${entry.basis}`, { date: formatDate(entry.basisOn, language) })}</td>
      <td>
        {formatDate(entry.dueOn, language)}
        {entry.overdue && (
          <div>
            <span className="badge badge-danger">{t("retention.overdue")}</span>
          </div>
        )}
      </td>
      <td>
        {entry.postponement ? (
          <>
            <div>{t("retention.ruleDueOn", { date: formatDate(entry.ruleDueOn, language) })}</div>
            <div className="text-muted">
              {t("retention.postponedDetail", {
                name: entry.postponement.postponedBy,
                date: formatDate(entry.postponement.postponedAt, language),
                reason: entry.postponement.reason,
              })}
            </div>
          </>
        ) : (
          t("retention.notPostponed")
        )}
      </td>
      <td>
        <Button aria-label={t("retention.postponeLabel", { name })} onClick={onPostpone}>
          {t("retention.postpone")}
        </Button>
      </td>
    </tr>
  );
}
