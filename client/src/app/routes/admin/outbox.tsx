import { useTranslation } from "react-i18next";
import { PageHeader } from "#client/components/page-header.tsx";
import { OutboxList } from "#client/features/mail/components/outbox-list.tsx";
import "#client/features/mail/messages.ts";

export function OutboxRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("mail.outboxTitle")} description={t("mail.outboxDescription")} />
      <OutboxList />
    </>
  );
}
