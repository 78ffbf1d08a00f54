import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { formatDate, toLanguage } from "#client/lib/format.ts";
import type { StaffRequest } from "#shared/schemas/staff-request.ts";
import type { Decision } from "../api/decide-staff-request.ts";

type StaffRequestRowProps = {
  request: StaffRequest;
  currentUserId: string;
  busy: boolean;
  onDecide: (decision: Decision) => void;
};

export function StaffRequestRow({ request, currentUserId, busy, onDecide }: StaffRequestRowProps) {
  const { t, i18n } = useTranslation();
  const what = t(`staffRequests.kinds.${request.kind}`, {
    role: request.role ? t(`roles.${request.role}`) : "",
  });
  const mine = request.requestedBy.id === currentUserId || request.user.id === currentUserId;
  return (
    <tr>
      <th scope="row" className="cell-name">
        {request.user.name}
        <span className="cell-secondary">{request.user.email}</span>
      </th>
      <td>{what}</td>
      <td>{request.requestedBy.name}</td>
      <td>{formatDate(request.requestedAt, toLanguage(i18n.language))}</td>
      <td>{t(`staffRequests.statuses.${request.status}`, { name: request.decidedBy?.name ?? "" })}</td>
      <td>
        {request.status === "pending" && mine && (
          <span className="cell-secondary">{t("staffRequests.ownRequest")}</span>
        )}
        {request.status === "pending" && !mine && (
          <div className="row-actions">
            <Button
              variant="primary"
              busy={busy}
              aria-label={t("staffRequests.confirmLabel", { what, name: request.user.name })}
              onClick={() => onDecide("confirm")}
            >
              {t("staffRequests.confirm")}
            </Button>
            <Button
              busy={busy}
              aria-label={t("staffRequests.refuseLabel", { what, name: request.user.name })}
              onClick={() => onDecide("refuse")}
            >
              {t("staffRequests.refuse")}
            </Button>
          </div>
        )}
      </td>
    </tr>
  );
}
