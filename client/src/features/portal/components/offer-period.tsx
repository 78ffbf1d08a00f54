import { useTranslation } from "react-i18next";
import { OfferPeriod as Period } from "#client/components/offer-period.tsx";
import "../messages.ts";

export function OfferPeriod({ startsOn, endsOn }: { startsOn: string | null; endsOn: string | null }) {
  const { t } = useTranslation();
  const wording = {
    range: (from: string, to: string) => t("portal.offers.period", { from, to }),
    from: (date: string) => t("portal.offers.from", { date }),
    until: (date: string) => t("portal.offers.until", { date }),
    none: null,
  };
  return <Period startsOn={startsOn} endsOn={endsOn} wording={wording} />;
}
