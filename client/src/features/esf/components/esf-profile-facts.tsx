import { useTranslation } from "react-i18next";
import { DetailsList } from "#client/components/details-list.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { countryName } from "#shared/reference/countries.ts";
import type { EsfParticipant } from "#shared/schemas/esf.ts";
import "../messages.ts";

/** What the record takes from the profile, with the bands derived from it (never typed twice). */
export function EsfProfileFacts({ participant }: { participant: EsfParticipant }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const unknown = <span className="text-muted">{t("esf.record.unknown")}</span>;
  const facts = [
    [
      t("esf.record.birthDate"),
      participant.birthDate ? formatDate(participant.birthDate, language) : unknown,
    ],
    [t("esf.record.ageBand"), participant.ageBand ? t(`esf.age.${participant.ageBand}`) : unknown],
    [
      t("esf.record.iscedLevel"),
      participant.iscedLevel ? `ISCED ${participant.iscedLevel} (${participant.iscedBand})` : unknown,
    ],
    [t("esf.record.gender"), participant.gender ? t(`esf.gender.${participant.gender}`) : unknown],
    [
      t("esf.record.nationality"),
      participant.nationality ? countryName(participant.nationality, language) : unknown,
    ],
    [
      t("esf.record.thirdCountry"),
      participant.thirdCountryNational === null
        ? unknown
        : t(`esf.answer.${participant.thirdCountryNational ? "yes" : "no"}`),
    ],
  ] as const;
  return (
    <section aria-labelledby="esf-profile-facts">
      <h2 id="esf-profile-facts" className="subsection-title">
        {t("esf.record.fromProfile")}
      </h2>
      <DetailsList items={facts.map(([label, value]) => ({ label, value }))} />
    </section>
  );
}
