import { useTranslation } from "react-i18next";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { formatDateTime } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { useOutbox } from "../api/get-outbox.ts";
import "../messages.ts";

const statusBadge = { sent: "badge-success", held: "badge-neutral", failed: "badge-warning" } as const;

export function OutboxList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const outbox = useOutbox();
  if (outbox.isPending) return <Loading />;
  if (outbox.isError) return <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />;
  if (outbox.data.length === 0)
    return (
      <EmptyState title={t("mail.empty")}>
        <p>{t("mail.emptyText")}</p>
      </EmptyState>
    );
  return (
    <ul className="outbox">
      {outbox.data.map((mail) => (
        <li key={mail.id} className="outbox-mail">
          <details>
            <summary>
              <span className="outbox-subject">{mail.subject}</span>{" "}
              <span
                className={`badge ${statusBadge[mail.status as keyof typeof statusBadge] ?? "badge-neutral"}`}
              >
                {t(`mail.statuses.${mail.status}`)}
              </span>
            </summary>
            <dl className="outbox-meta">
              <dt>{t("mail.to")}</dt>
              <dd>{mail.to}</dd>
              <dt>{t("mail.createdAt")}</dt>
              <dd>{formatDateTime(mail.createdAt, language)}</dd>
            </dl>
            <p className="text-muted">{t(`mail.kinds.${mail.kind}`)}</p>
            <pre className="outbox-text">{mail.text}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
