import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "#client/components/data-table.tsx";
import { formatDateTime } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { AuditEntry } from "#shared/schemas/audit.ts";
import { auditActionKey, isAuditEntity } from "../utils/audit-labels.ts";
import type { AuditUserOption } from "./audit-filters.tsx";
import "../messages.ts";

function AuditActionLabel({ action }: { action: string }) {
  const { t } = useTranslation();
  const key = auditActionKey(action);
  return key ? <span title={action}>{t(key)}</span> : <code className="code">{action}</code>;
}

type AuditTableProps = {
  entries: AuditEntry[];
  users: AuditUserOption[];
  onShowPerson: (personId: string) => void;
};

function PersonsCell({
  entry,
  onShowPerson,
}: {
  entry: AuditEntry;
  onShowPerson: (personId: string) => void;
}) {
  const { t } = useTranslation();
  if (entry.personCount === 0) return <span className="text-muted">–</span>;
  const more = entry.personCount - entry.persons.length;
  return (
    <span className="cell-persons">
      {entry.persons.map((person) => (
        <button
          key={person.id}
          type="button"
          className="link-button"
          title={t("audit.showPerson", { name: person.name })}
          onClick={() => onShowPerson(person.id)}
        >
          {person.name}
        </button>
      ))}
      {more > 0 && (
        <span className="text-muted">
          {entry.persons.length === 0
            ? t("audit.personCount", { count: more })
            : t("audit.morePersons", { count: more })}
        </span>
      )}
    </span>
  );
}

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

export function AuditTable({ entries, users, onShowPerson }: AuditTableProps) {
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
          <th scope="col">{t("audit.persons")}</th>
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
              <PersonsCell entry={entry} onShowPerson={onShowPerson} />
            </td>
            <td>
              <RecordCell entry={entry} emailOf={emailOf} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
