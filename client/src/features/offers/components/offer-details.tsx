import { useTranslation } from "react-i18next";
import { DetailsList } from "#client/components/details-list.tsx";
import { Section } from "#client/components/section.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { kldbTitle } from "#shared/reference/kldb.ts";
import type { Offer } from "#shared/schemas/offer.ts";
import { LanguageRequirementText } from "./language-requirement.tsx";
import { OfferPeriod } from "./offer-period.tsx";
import "../messages.ts";

export function OfferDetails({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Section id="details" title={t("offers.sections.details")}>
      <DetailsList
        items={[
          { label: t("offers.fields.type"), value: t(`offers.types.${offer.type}`) },
          {
            label: t("offers.fields.occupation"),
            value: `${kldbTitle(offer.occupation, language)} (${offer.occupation})`,
          },
          { label: t("offers.fields.district"), value: t(`districts.${offer.district}`) },
          {
            label: t("offers.fields.period"),
            value: <OfferPeriod startsOn={offer.startsOn} endsOn={offer.endsOn} />,
          },
          {
            label: t("offers.fields.places"),
            value: t("offers.placesOf", { taken: offer.placesTaken, places: offer.places }),
          },
          {
            label: t("offers.fields.language"),
            value: <LanguageRequirementText requirement={offer.languageRequirement} />,
          },
          { label: t("offers.fields.programme"), value: offer.programmeName },
          {
            label: t("offers.fields.openedOn"),
            value: offer.openedOn && formatDate(offer.openedOn, language),
          },
          { label: t("offers.fields.description"), value: offer.description },
        ]}
      />
    </Section>
  );
}
