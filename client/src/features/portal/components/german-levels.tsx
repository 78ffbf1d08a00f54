import { useTranslation } from "react-i18next";
import { languageSkills } from "#shared/language/levels.ts";
import type { CandidateProfile } from "#shared/schemas/placement.ts";
import "../messages.ts";

export function GermanLevels({ levels }: { levels: CandidateProfile["germanLevels"] }) {
  const { t } = useTranslation();
  const known = languageSkills.filter((skill) => levels[skill]);
  if (known.length === 0) return <span className="text-muted">{t("portal.candidate.noGerman")}</span>;
  return (
    <ul className="level-chips">
      {known.map((skill) => {
        const current = levels[skill];
        if (!current) return null;
        const source =
          current.source === "assessment"
            ? t("portal.candidate.assessed")
            : t("portal.candidate.certificate");
        return (
          <li key={skill} className="level-chip" title={source}>
            <span className="level-chip-skill">{t(`portal.skills.${skill}`)}</span>
            <span className="level-chip-level">{current.level}</span>
            <span className="visually-hidden"> ({source})</span>
          </li>
        );
      })}
    </ul>
  );
}
