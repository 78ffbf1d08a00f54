import { useTranslation } from "react-i18next";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import "../messages.ts";

export function ProgrammePeriod({ startsOn, endsOn }: { startsOn: string; endsOn: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!endsOn) return <>{t("programmes.periodFrom", { date: formatDate(startsOn, language) })}</>;
  return <>{`${formatDate(startsOn, language)} – ${formatDate(endsOn, language)}`}</>;
}
