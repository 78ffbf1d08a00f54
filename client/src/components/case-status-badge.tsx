import { useTranslation } from "react-i18next";
import type { CaseStatus } from "#shared/reference/cases.ts";

const toneOf: Record<CaseStatus, string> = {
  new: "badge-info",
  active: "badge-success",
  on_hold: "badge-warning",
  closed: "badge-neutral",
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${toneOf[status]}`}>{t(`caseStatus.${status}`)}</span>;
}
