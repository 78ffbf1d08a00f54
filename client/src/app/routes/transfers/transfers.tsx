import { useTranslation } from "react-i18next";
import { PageHeader } from "#client/components/page-header.tsx";
import { IncomingTransfers } from "#client/features/transfers/components/incoming-transfers.tsx";
import "#client/features/transfers/messages.ts";

export function TransfersRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("transfers.title")} description={t("transfers.description")} />
      <IncomingTransfers />
    </>
  );
}
