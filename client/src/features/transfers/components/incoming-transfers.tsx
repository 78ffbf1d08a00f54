import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { DataTable } from "#client/components/data-table.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Transfer } from "#shared/schemas/transfer.ts";
import { useDecideTransfer } from "../api/change-transfer.ts";
import { useTransfers } from "../api/get-transfers.ts";
import "../messages.ts";

/** Offers of persons from other centres: the little there is to decide on, and accept or decline. */
export function IncomingTransfers() {
  const { t } = useTranslation();
  const transfers = useTransfers({ direction: "incoming", status: "pending" });
  if (transfers.isPending) return <Loading />;
  if (transfers.isError)
    return <ErrorState error={transfers.error} onRetry={() => void transfers.refetch()} />;
  if (transfers.data.items.length === 0) return <EmptyState title={t("transfers.incoming.empty")} />;
  return (
    <DataTable caption={t("transfers.incoming.caption")}>
      <thead>
        <tr>
          <th scope="col">{t("transfers.incoming.person")}</th>
          <th scope="col">{t("transfers.incoming.from")}</th>
          <th scope="col">{t("transfers.incoming.offered")}</th>
          <th scope="col">{t("transfers.incoming.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {transfers.data.items.map((transfer) => (
          <IncomingTransferRow key={transfer.id} transfer={transfer} />
        ))}
      </tbody>
    </DataTable>
  );
}

function IncomingTransferRow({ transfer }: { transfer: Transfer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const decide = useDecideTransfer();
  const preview = transfer.preview;
  const concerns = (preview?.concerns ?? []).map((concern) => t(`concerns.${concern}`)).join(", ");
  const settle = (decision: "accept" | "decline") =>
    decide.mutate(
      { id: transfer.id, version: transfer.version, decision },
      {
        onSuccess: (decided) => {
          showToast(t(decision === "accept" ? "transfers.incoming.accepted" : "transfers.incoming.declined"));
          if (decided.personId) void navigate(`/persons/${decided.personId}`);
        },
      },
    );
  const who = preview
    ? t("transfers.incoming.who", { initials: preview.initials, year: preview.birthYear })
    : "–";
  return (
    <tr>
      <td>
        <strong>{who}</strong>
        {concerns && <div className="field-hint">{concerns}</div>}
      </td>
      <td>{transfer.fromCentreName}</td>
      <td>
        {formatDate(transfer.offeredAt, language)} · {transfer.offeredByName}
      </td>
      <td>
        <div className="button-row">
          <Button
            variant="primary"
            busy={decide.isPending && decide.variables?.decision === "accept"}
            aria-label={t("transfers.incoming.acceptLabel", { who })}
            onClick={() => settle("accept")}
          >
            {t("transfers.incoming.accept")}
          </Button>
          <Button
            busy={decide.isPending && decide.variables?.decision === "decline"}
            aria-label={t("transfers.incoming.declineLabel", { who })}
            onClick={() => settle("decline")}
          >
            {t("transfers.incoming.decline")}
          </Button>
        </div>
        {decide.error && <Alert>{errorMessage(decide.error)}</Alert>}
      </td>
    </tr>
  );
}
