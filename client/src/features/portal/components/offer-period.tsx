import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/use-language.ts";
import "../messages.ts";

export function OfferPeriod({ startsOn, endsOn }: { startsOn: string | null; endsOn: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const from = startsOn ? formatDate(startsOn, language) : null;
  const to = endsOn ? formatDate(endsOn, language) : null;
  if (from && to) return <>{t("portal.offers.period", { from, to })}</>;
  if (from) return <>{t("portal.offers.from", { date: from })}</>;
  if (to) return <>{t("portal.offers.until", { date: to })}</>;
  return null;
}
