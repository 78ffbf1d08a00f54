import { useTranslation } from "react-i18next";
import { DetailsList } from "#client/components/details-list.tsx";
import { languageSkills } from "#shared/language/levels.ts";
import { kldbTitle } from "#shared/reference/kldb.ts";
import type { Offer } from "#shared/schemas/offer.ts";
import "../messages.ts";
import { OfferPeriod } from "./offer-period.tsx";

export function OfferDetails({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const required = languageSkills.filter((skill) => offer.languageRequirement[skill]);
  return (
    <DetailsList
      items={[
        { label: t("portal.form.type"), value: t(`portal.types.${offer.type}`) },
        { label: t("portal.form.occupation"), value: kldbTitle(offer.occupation) },
        { label: t("portal.form.district"), value: t(`districts.${offer.district}`) },
        {
          label: t("portal.offer.period"),
          value:
            offer.startsOn || offer.endsOn ? (
              <OfferPeriod startsOn={offer.startsOn} endsOn={offer.endsOn} />
            ) : (
              ""
            ),
        },
        {
          label: t("portal.form.places"),
          value: t("portal.offers.placesTaken", { taken: offer.placesTaken, places: offer.places }),
        },
        { label: t("portal.offer.programme"), value: offer.programmeName ?? "" },
        {
          label: t("portal.offer.language"),
          value:
            required.length > 0
              ? required
                  .map((skill) => `${t(`portal.skills.${skill}`)} ${offer.languageRequirement[skill]}`)
                  .join(" · ")
              : t("portal.offer.noLanguageRequirement"),
        },
        { label: t("portal.form.description"), value: offer.description ?? "" },
      ]}
    />
  );
}
