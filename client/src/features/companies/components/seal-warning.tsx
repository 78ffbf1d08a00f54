import { useTranslation } from "react-i18next";
import type { SealWarning } from "#shared/reference/employers.ts";
import "../messages.ts";

export function CompanySealWarning({ warning }: { warning: SealWarning | null }) {
  const { t } = useTranslation();
  if (!warning) return null;
  return (
    <span className={warning === "missing" ? "badge badge-warning" : "badge badge-danger"}>
      {t(`companies.agency.warning.${warning}`)}
    </span>
  );
}
