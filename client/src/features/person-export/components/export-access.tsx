import { useTranslation } from "react-i18next";
import type { PersonAccessEntry } from "../../../../../shared/schemas/audit.ts";
import { DataTable } from "../../../components/data-table.tsx";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/use-language.ts";
import { ExportSection } from "./export-section.tsx";

function AccessRow({ entry }: { entry: PersonAccessEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <tr>
      <td className="cell-nowrap">{formatDateTime(entry.at, language)}</td>
      <td>{entry.userName ?? "–"}</td>
      <td>{entry.role ? t(`roles.${entry.role}`, { defaultValue: entry.role }) : "–"}</td>
      <td>{entry.companyName ?? entry.centreName ?? "–"}</td>
      <td>{t(`accessHistory.kinds.${entry.kind}`)}</td>
      <td>{t(`accessHistory.areas.${entry.area}`)}</td>
    </tr>
  );
}

export function ExportAccess({ entries }: { entries: PersonAccessEntry[] }) {
  const { t } = useTranslation();
  return (
    <ExportSection id="access" empty={entries.length === 0}>
      <p className="text-muted">{t("personExport.access.count", { count: entries.length })}</p>
      <DataTable caption={t("personExport.sections.access")} captionHidden>
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
    </ExportSection>
  );
}
