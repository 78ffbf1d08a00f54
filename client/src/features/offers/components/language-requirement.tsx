import { useTranslation } from "react-i18next";
import { languageSkills } from "#shared/language/levels.ts";
import type { Offer } from "#shared/schemas/offer.ts";
import "../messages.ts";

export function LanguageRequirementText({ requirement }: { requirement: Offer["languageRequirement"] }) {
  const { t } = useTranslation();
  const parts = languageSkills.flatMap((skill) => {
    const level = requirement[skill];
    return level ? [`${t(`offers.skills.${skill}`)} ${level}`] : [];
  });
  if (parts.length === 0) return <span className="text-muted">{t("offers.noRequirement")}</span>;
  return <>{parts.join(" · ")}</>;
}
