import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { useDecideTransfer } from "../api/change-transfer.ts";
import { useTransfers } from "../api/get-transfers.ts";
import { OfferTransferDialog } from "./offer-transfer-dialog.tsx";
import "../messages.ts";

type PersonTransferProps = { personId: string; ownCentreId: string; disabled?: boolean };

/** On the person page: the button that offers the person to another centre, or the offer that is pending. */
export function PersonTransferAction({ personId, ownCentreId, disabled = false }: PersonTransferProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const pending = useTransfers({ direction: "outgoing", status: "pending", personId });
  if (disabled || pending.isPending || (pending.data?.items.length ?? 0) > 0) return null;
  return (
    <>
      <Button className="no-print" onClick={() => setOpen(true)}>
        {t("transfers.offer.open")}
      </Button>
      <OfferTransferDialog
        personId={personId}
        ownCentreId={ownCentreId}
        open={open}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

export function PendingTransferNotice({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const pending = useTransfers({ direction: "outgoing", status: "pending", personId });
  const decide = useDecideTransfer();
  const transfer = pending.data?.items[0];
  if (!transfer) return null;
  return (
    <Alert
      tone="info"
      role="status"
      action={
        <Button
          busy={decide.isPending}
          onClick={() => decide.mutate({ id: transfer.id, version: transfer.version, decision: "cancel" })}
        >
          {t("transfers.pending.cancel")}
        </Button>
      }
    >
      {t("transfers.pending.text", {
        centre: transfer.toCentreName,
        day: formatDate(transfer.offeredAt, language),
        advisor: transfer.offeredByName,
      })}
      {decide.error && <span className="field-error"> {errorMessage(decide.error)}</span>}
    </Alert>
  );
}
