import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../../../../shared/schemas/audit.ts";
import { DataTable } from "../../../components/data-table.tsx";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/use-language.ts";
import { auditActionKey, isAuditEntity } from "../utils/audit-labels.ts";
import type { AuditUserOption } from "./audit-filters.tsx";
import "../messages.ts";

function AuditActionLabel({ action }: { action: string }) {
  const { t } = useTranslation();
  const key = auditActionKey(action);
  return key ? <span title={action}>{t(key)}</span> : <code className="code">{action}</code>;
}

type AuditTableProps = { entries: AuditEntry[]; users: AuditUserOption[] };

function RecordCell({ entry, emailOf }: { entry: AuditEntry; emailOf: Map<string, string> }) {
  if (!entry.entityId) return <span className="text-muted">–</span>;
  const email = entry.entity === "user" ? emailOf.get(entry.entityId) : undefined;
  if (!email) return <span className="cell-id">{entry.entityId}</span>;
  return (
    <span title={entry.entityId} className="cell-record">
      {email}
    </span>
  );
}

export function AuditTable({ entries, users }: AuditTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const emailOf = useMemo(() => new Map(users.map((user) => [user.id, user.email])), [users]);
  return (
    <DataTable caption={t("audit.tableCaption")} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t("audit.time")}</th>
          <th scope="col">{t("audit.user")}</th>
          <th scope="col">{t("audit.action")}</th>
          <th scope="col">{t("audit.entity")}</th>
          <th scope="col">{t("audit.record")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className="cell-nowrap">
              <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
            </td>
            <td>{entry.userEmail ?? <span className="text-muted">–</span>}</td>
            <td>
              <AuditActionLabel action={entry.action} />
            </td>
            <td>{isAuditEntity(entry.entity) ? t(`audit.entities.${entry.entity}`) : entry.entity}</td>
            <td>
              <RecordCell entry={entry} emailOf={emailOf} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
