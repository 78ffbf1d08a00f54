import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "#client/components/button.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { LoadMore } from "#client/components/load-more.tsx";
import { Loading } from "#client/components/loading.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { InquiryStatus } from "#shared/reference/employers.ts";
import { kldbTitle } from "#shared/reference/kldb.ts";
import type { Inquiry } from "#shared/schemas/inquiry.ts";
import { portalQueries } from "../api/portal-queries.ts";
import "../messages.ts";

const toneOf: Record<InquiryStatus, string> = {
  open: "badge-info",
  served: "badge-success",
  withdrawn: "badge-neutral",
};

function InquiryItem({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const facts = [
    t("portal.inquiries.people", { count: inquiry.peopleCount }),
    inquiry.germanLevel ? t("portal.inquiries.german", { level: inquiry.germanLevel }) : null,
    inquiry.startOn ? t("portal.inquiries.startFrom", { date: formatDate(inquiry.startOn, language) }) : null,
  ].filter(Boolean);
  return (
    <li className="list-row inquiry-row">
      <div>
        <p className="list-row-title">{kldbTitle(inquiry.occupation, language)}</p>
        <p className="text-muted">{facts.join(" · ")}</p>
        {inquiry.helpWanted.length > 0 && (
          <ul className="chip-list">
            {inquiry.helpWanted.map((help) => (
              <li key={help} className="chip">
                {t(`portal.inquiries.help.${help}`)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="inquiry-status">
        <span className={`badge ${toneOf[inquiry.status]}`}>
          {t(`portal.inquiries.status.${inquiry.status}`)}
        </span>
        <span className="text-muted">
          {t("portal.inquiries.receivedOn", { date: formatDate(inquiry.receivedOn, language) })}
        </span>
      </div>
    </li>
  );
}

export function InquiryList() {
  const { t } = useTranslation();
  const query = useInfiniteQuery(portalQueries.inquiries());
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const inquiries = query.data.pages.flatMap((page) => page.items);
  if (inquiries.length === 0)
    return (
      <EmptyState
        title={t("portal.inquiries.emptyTitle")}
        action={
          <ButtonLink variant="primary" to="/portal/inquiries/new">
            {t("portal.inquiries.new")}
          </ButtonLink>
        }
      >
        <p>{t("portal.inquiries.emptyText")}</p>
      </EmptyState>
    );
  return (
    <section className="card" aria-label={t("portal.inquiries.listLabel")}>
      <ul className="plain-list">
        {inquiries.map((inquiry) => (
          <InquiryItem key={inquiry.id} inquiry={inquiry} />
        ))}
      </ul>
      {query.hasNextPage && (
        <LoadMore
          shown={inquiries.length}
          hasMore
          loading={query.isFetchingNextPage}
          error={query.error}
          onLoadMore={() => void query.fetchNextPage()}
        />
      )}
    </section>
  );
}
