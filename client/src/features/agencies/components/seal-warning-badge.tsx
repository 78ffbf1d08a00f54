import { useTranslation } from "react-i18next";
import type { SealWarning } from "#shared/reference/employers.ts";
import "../messages.ts";

export function SealWarningBadge({ warning }: { warning: SealWarning | null }) {
  const { t } = useTranslation();
  if (!warning) return <span className="badge badge-success">{t("agencies.sealOk")}</span>;
  return (
    <span className={warning === "missing" ? "badge badge-warning" : "badge badge-danger"}>
      {t(`agencies.sealWarning.${warning}`)}
    </span>
  );
}
