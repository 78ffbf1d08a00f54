import { useTranslation } from "react-i18next";
import { DataTable } from "#client/components/data-table.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { languageSkills } from "#shared/language/levels.ts";
import { languageName } from "#shared/reference/countries.ts";
import type { LanguageEntry } from "#shared/schemas/language.ts";
import { ExportSection } from "./export-section.tsx";

function EntryRow({ entry }: { entry: LanguageEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const levels = languageSkills
    .filter((skill) => entry.levels[skill])
    .map((skill) => `${t(`language.skills.${skill}`)} ${entry.levels[skill]}`)
    .join(", ");
  const source =
    entry.source === "certificate"
      ? [entry.provider && t(`language.providers.${entry.provider}`), entry.certificateNumber]
      : [
          entry.assessorType && t(`language.assessorTypes.${entry.assessorType}`),
          entry.assessorName,
          entry.companyName,
        ];
  return (
    <tr>
      <td>{languageName(entry.language, language)}</td>
      <td className="cell-nowrap">{formatDate(entry.date, language)}</td>
      <td>{[t(`language.sources.${entry.source}`), ...source].filter(Boolean).join(" · ")}</td>
      <td>{levels}</td>
      <td>{entry.recordedByName}</td>
    </tr>
  );
}

export function ExportLanguage({ entries }: { entries: LanguageEntry[] }) {
  const { t } = useTranslation();
  return (
    <ExportSection id="language" empty={entries.length === 0}>
      <DataTable caption={t("personExport.sections.language")} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t("personExport.language.language")}</th>
            <th scope="col">{t("personExport.language.date")}</th>
            <th scope="col">{t("personExport.language.source")}</th>
            <th scope="col">{t("personExport.language.levels")}</th>
            <th scope="col">{t("personExport.language.by")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <EntryRow key={entry.id} entry={entry} />
          ))}
        </tbody>
      </DataTable>
    </ExportSection>
  );
}
