import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { DataTable } from "#client/components/data-table.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useDecideStaffRequest } from "../api/decide-staff-request.ts";
import { useStaffRequests } from "../api/get-staff-requests.ts";
import { StaffRequestRow } from "./staff-request-row.tsx";
import "../messages.ts";

export function StaffRequestsList({ currentUserId }: { currentUserId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const requests = useStaffRequests();
  const decide = useDecideStaffRequest();
  if (requests.isPending) return <Loading />;
  if (requests.isError) return <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />;
  if (requests.data.length === 0) {
    return (
      <EmptyState title={t("staffRequests.empty")}>
        <p>{t("staffRequests.emptyText")}</p>
      </EmptyState>
    );
  }
  return (
    <>
      {decide.isError && <Alert>{errorMessage(decide.error)}</Alert>}
      <DataTable caption={t("staffRequests.tableCaption")} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t("staffRequests.person")}</th>
            <th scope="col">{t("staffRequests.what")}</th>
            <th scope="col">{t("staffRequests.requestedBy")}</th>
            <th scope="col">{t("staffRequests.requestedAt")}</th>
            <th scope="col">{t("staffRequests.status")}</th>
            <th scope="col">{t("staffRequests.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {requests.data.map((request) => (
            <StaffRequestRow
              key={request.id}
              request={request}
              currentUserId={currentUserId}
              busy={decide.isPending && decide.variables.id === request.id}
              onDecide={(decision) =>
                decide.mutate(
                  { id: request.id, decision },
                  {
                    onSuccess: () =>
                      showToast(
                        t(decision === "confirm" ? "staffRequests.confirmed" : "staffRequests.refused"),
                      ),
                  },
                )
              }
            />
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
