import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { DataTable } from "#client/components/data-table.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { formatDate } from "#client/lib/format.ts";
import { germanLegalLevel } from "#client/lib/legal-level.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { inquiryStatuses } from "#shared/reference/employers.ts";
import { kldbTitle } from "#shared/reference/kldb.ts";
import type { Inquiry } from "#shared/schemas/inquiry.ts";
import { useUpdateInquiry } from "../api/change-inquiry.ts";
import { useCompanyInquiries } from "../api/get-inquiries.ts";
import { inquiryHelpText } from "../utils/inquiry-help.ts";
import { InquiryForm } from "./inquiry-form.tsx";
import "../messages.ts";

const dash = <span className="text-muted">–</span>;

function InquiryRow({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const update = useUpdateInquiry(inquiry.companyId);
  const occupation = kldbTitle(inquiry.occupation, language);
  const level = inquiry.germanLevel;
  return (
    <tr className={inquiry.status === "open" ? undefined : "row-muted"}>
      <td className="cell-nowrap">{formatDate(inquiry.receivedOn, language)}</td>
      <th scope="row">
        {occupation}
        <span className="cell-sub">{inquiryHelpText(inquiry, t)}</span>
      </th>
      <td>{inquiry.peopleCount}</td>
      <td className="cell-nowrap">{level ? (germanLegalLevel(level, t) ?? level) : dash}</td>
      <td className="cell-nowrap">{inquiry.startOn ? formatDate(inquiry.startOn, language) : dash}</td>
      <td className="cell-actions">
        <label className="visually-hidden" htmlFor={`inquiry-status-${inquiry.id}`}>
          {t("companies.inquiries.statusOf", { occupation })}
        </label>
        <select
          id={`inquiry-status-${inquiry.id}`}
          className="input select input-date"
          value={inquiry.status}
          disabled={update.isPending}
          onChange={(event) =>
            update.mutate(
              {
                id: inquiry.id,
                changes: { version: inquiry.version, status: event.target.value as Inquiry["status"] },
              },
              {
                onSuccess: () => showToast(t("companies.inquiries.statusChanged")),
                onError: (error) => showToast(errorMessage(error), "error"),
              },
            )
          }
        >
          {inquiryStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`companies.inquiries.statuses.${status}`)}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}

export function InquiriesSection({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const inquiries = useCompanyInquiries(companyId);
  const [adding, setAdding] = useState(false);
  return (
    <Section
      id="inquiries"
      title={t("companies.sections.inquiries")}
      actions={
        !adding && (
          <Button variant="secondary" className="button-small" onClick={() => setAdding(true)}>
            {t("companies.inquiries.add")}
          </Button>
        )
      }
    >
      <div className="stack">
        {adding && <InquiryForm companyId={companyId} onDone={() => setAdding(false)} />}
        {inquiries.isPending ? (
          <Loading />
        ) : inquiries.isError ? (
          <ErrorState error={inquiries.error} onRetry={() => void inquiries.refetch()} />
        ) : inquiries.data.length === 0 ? (
          <p className="text-muted">{t("companies.inquiries.none")}</p>
        ) : (
          <DataTable caption={t("companies.inquiries.caption")} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t("companies.inquiries.receivedShort")}</th>
                <th scope="col">
                  {t("companies.inquiries.occupation")} · {t("companies.inquiries.helpWanted")}
                </th>
                <th scope="col">{t("companies.inquiries.peopleShort")}</th>
                <th scope="col">{t("companies.inquiries.germanLevel")}</th>
                <th scope="col">{t("companies.inquiries.startOn")}</th>
                <th scope="col">{t("companies.inquiries.status")}</th>
              </tr>
            </thead>
            <tbody>
              {inquiries.data.map((inquiry) => (
                <InquiryRow key={inquiry.id} inquiry={inquiry} />
              ))}
            </tbody>
          </DataTable>
        )}
      </div>
    </Section>
  );
}
