import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header.tsx";
import { OutboxList } from "../../../features/mail/components/outbox-list.tsx";
import "../../../features/mail/messages.ts";

export function OutboxRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("mail.outboxTitle")} description={t("mail.outboxDescription")} />
      <OutboxList />
    </>
  );
}
