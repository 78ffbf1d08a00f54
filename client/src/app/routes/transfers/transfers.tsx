import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header.tsx";
import { IncomingTransfers } from "../../../features/transfers/components/incoming-transfers.tsx";
import "../../../features/transfers/messages.ts";

export function TransfersRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("transfers.title")} description={t("transfers.description")} />
      <IncomingTransfers />
    </>
  );
}
