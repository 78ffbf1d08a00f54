import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/use-language.ts";
import "../messages.ts";

export function OfferPeriod({ startsOn, endsOn }: { startsOn: string | null; endsOn: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (startsOn && endsOn) return <>{`${formatDate(startsOn, language)} – ${formatDate(endsOn, language)}`}</>;
  if (startsOn) return <>{t("offers.from", { date: formatDate(startsOn, language) })}</>;
  if (endsOn) return <>{t("offers.until", { date: formatDate(endsOn, language) })}</>;
  return <span className="text-muted">–</span>;
}
