import { useTranslation } from "react-i18next";
import { DataTable } from "#client/components/data-table.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { languageSkills } from "#shared/language/levels.ts";
import type { LanguageSummary } from "#shared/schemas/language.ts";
import { LevelCell } from "./level-cell.tsx";
import "../messages.ts";

/** Rows are the skills; columns the current level (assessment first), the certificate level and the gap. */
export function LanguageGrid({ summary }: { summary: LanguageSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const legal = summary.language === "de";
  return (
    <DataTable caption={t("language.grid.caption")} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t("language.grid.skill")}</th>
          <th scope="col">{t("language.grid.current")}</th>
          <th scope="col">{t("language.grid.certificate")}</th>
          <th scope="col">{t("language.grid.gap")}</th>
        </tr>
      </thead>
      <tbody>
        {languageSkills.map((skill) => {
          const gap = summary.gaps.find((entry) => entry.skill === skill);
          return (
            <tr key={skill} className={gap ? "row-gap" : undefined} data-skill={skill}>
              <th scope="row">{t(`language.skills.${skill}`)}</th>
              <td>
                <LevelCell level={summary.current[skill]} withSource legal={legal} />
              </td>
              <td>
                <LevelCell level={summary.certificates[skill]} />
              </td>
              <td>
                {gap ? (
                  <span
                    className="badge badge-warning"
                    title={t("language.grid.gapDetail", {
                      assessed: gap.assessment.level,
                      assessedOn: formatDate(gap.assessment.on, language),
                      certified: gap.certificate.level,
                      certifiedOn: formatDate(gap.certificate.on, language),
                    })}
                  >
                    ⚠ {t("language.grid.gapFlag")} ({gap.certificate.level} → {gap.assessment.level})
                  </span>
                ) : (
                  <span className="text-muted">{t("language.grid.none")}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
