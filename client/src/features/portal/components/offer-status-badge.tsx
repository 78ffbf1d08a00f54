import { useTranslation } from "react-i18next";
import type { OfferStatus } from "../../../../../shared/reference/employers.ts";
import "../messages.ts";

const toneOf: Record<OfferStatus, string> = {
  draft: "badge-neutral",
  open: "badge-success",
  filled: "badge-info",
  closed: "badge-neutral",
};

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${toneOf[status]}`}>{t(`portal.status.${status}`)}</span>;
}
