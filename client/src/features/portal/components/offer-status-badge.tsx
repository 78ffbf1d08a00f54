import { useTranslation } from "react-i18next";
import type { OfferStatus } from "../../../../../shared/reference/employers.ts";
import { OfferStatusBadge as StatusBadge } from "../../../components/offer-status-badge.tsx";
import "../messages.ts";

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return <StatusBadge status={status} label={t(`portal.status.${status}`)} />;
}
