import { useTranslation } from "react-i18next";
import { OfferStatusBadge as StatusBadge } from "#client/components/offer-status-badge.tsx";
import type { OfferStatus } from "#shared/reference/employers.ts";
import "../messages.ts";

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return <StatusBadge status={status} label={t(`portal.status.${status}`)} />;
}
