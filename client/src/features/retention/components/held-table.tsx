import { useTranslation } from "react-i18next";
import { DataTable } from "#client/components/data-table.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { RetentionEntry } from "#shared/schemas/retention.ts";
import { fullName } from "./due-table.tsx";
import "../messages.ts";

export function HeldTable({ entries }: { entries: RetentionEntry[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DataTable caption={t("retention.heldCaption")} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t("retention.person")}</th>
          <th scope="col">{t("retention.dueOn")}</th>
          <th scope="col">{t("retention.hold")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.personId}>
            <th scope="row" className="cell-name">
              {fullName(entry)}
            </th>
            <td>{formatDate(entry.dueOn, language)}</td>
            <td>
              {entry.holds.map((hold) => (
                <div key={hold.programmeId}>
                  {t("retention.holdEsf", { programme: hold.programmeName })} –{" "}
                  {hold.keepUntil
                    ? t("retention.holdUntil", { date: formatDate(hold.keepUntil, language) })
                    : t("retention.holdOpen")}
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
