import { useTranslation } from "react-i18next";
import { DataTable } from "#client/components/data-table.tsx";
import { formatDate, formatDateTime } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { ExportRecipient } from "#shared/schemas/person-export.ts";
import { ExportSection } from "./export-section.tsx";

function RecipientRow({ recipient }: { recipient: ExportRecipient }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const last = recipient.lastEmployerAccessAt;
  return (
    <tr>
      <td>{recipient.companyName}</td>
      <td>{recipient.profileSharedOn ? formatDate(recipient.profileSharedOn, language) : "–"}</td>
      <td>{recipient.contactReleasedAt ? formatDateTime(recipient.contactReleasedAt, language) : "–"}</td>
      <td>
        {recipient.employerAccesses}
        {last && ` (${t("personExport.recipient.lastAccess", { date: formatDateTime(last, language) })})`}
      </td>
    </tr>
  );
}

export function ExportRecipients({ recipients }: { recipients: ExportRecipient[] }) {
  const { t } = useTranslation();
  return (
    <ExportSection id="recipients" empty={recipients.length === 0}>
      <DataTable caption={t("personExport.sections.recipients")} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t("personExport.recipient.company")}</th>
            <th scope="col">{t("personExport.recipient.profile")}</th>
            <th scope="col">{t("personExport.recipient.contact")}</th>
            <th scope="col">{t("personExport.recipient.accesses")}</th>
          </tr>
        </thead>
        <tbody>
          {recipients.map((recipient) => (
            <RecipientRow key={recipient.companyId ?? recipient.companyName} recipient={recipient} />
          ))}
        </tbody>
      </DataTable>
    </ExportSection>
  );
}
