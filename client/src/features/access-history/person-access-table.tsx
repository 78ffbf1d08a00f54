import { useTranslation } from "react-i18next";
import type { PersonAccessEntry } from "#shared/schemas/audit.ts";
import { DataTable } from "../../components/data-table.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { useLanguage } from "../../lib/use-language.ts";
import "./messages.ts";

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

/** Who read or changed a person's data, one row per audit entry: the person page and the Art. 15 export. */
export function PersonAccessTable({ entries, caption }: { entries: PersonAccessEntry[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <DataTable caption={caption} captionHidden>
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
        {entries.map((entry) => (
          <AccessRow key={entry.id} entry={entry} />
        ))}
      </tbody>
    </DataTable>
  );
}
