import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { DataTable } from "#client/components/data-table.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useRecordReadOnly } from "#client/components/record-read-only.tsx";
import { Section } from "#client/components/section.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Consent } from "#shared/schemas/consent.ts";
import { useConsents } from "../api/get-consents.ts";
import { GiveConsentForm } from "./give-consent-form.tsx";
import { WithdrawConsentForm } from "./withdraw-consent-form.tsx";
import "../messages.ts";

function ConsentRow({ consent, personId }: { consent: Consent; personId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [withdrawing, setWithdrawing] = useState(false);
  const readOnly = useRecordReadOnly();
  const purpose = t(`consentPurposes.${consent.purpose}`);
  return (
    <tr className={consent.withdrawnOn ? "row-muted" : undefined}>
      <th scope="row">{purpose}</th>
      <td className="cell-nowrap">{formatDate(consent.givenOn, language)}</td>
      <td>{t(`consentChannels.${consent.channel}`)}</td>
      <td>{consent.noticeVersion}</td>
      <td>
        {consent.withdrawnOn ? (
          <span className="badge badge-neutral">
            {t("consents.withdrawnOn", { date: formatDate(consent.withdrawnOn, language) })}
          </span>
        ) : (
          <span className="badge badge-success">{t("consents.active")}</span>
        )}
      </td>
      <td className="cell-actions">
        {!consent.withdrawnOn &&
          !readOnly &&
          (withdrawing ? (
            <WithdrawConsentForm personId={personId} consent={consent} onDone={() => setWithdrawing(false)} />
          ) : (
            <Button
              variant="quiet"
              className="button-small"
              onClick={() => setWithdrawing(true)}
              aria-label={t("consents.withdrawPurpose", { purpose })}
            >
              {t("consents.withdraw")}
            </Button>
          ))}
      </td>
    </tr>
  );
}

export function ConsentsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const consents = useConsents(personId);
  const [giving, setGiving] = useState(false);
  return (
    <Section
      id="consents"
      title={t("persons.sections.consents")}
      actions={
        !giving && (
          <Button variant="quiet" className="button-small" onClick={() => setGiving(true)}>
            {t("consents.give")}
          </Button>
        )
      }
    >
      <div className="stack">
        {giving && <GiveConsentForm personId={personId} onDone={() => setGiving(false)} />}
        {consents.isPending ? (
          <Loading />
        ) : consents.isError ? (
          <ErrorState error={consents.error} onRetry={() => void consents.refetch()} />
        ) : consents.data.length === 0 ? (
          <p className="text-muted">{t("consents.empty")}</p>
        ) : (
          <DataTable caption={t("persons.sections.consents")} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t("consents.purpose")}</th>
                <th scope="col">{t("consents.givenOn")}</th>
                <th scope="col">{t("consents.channel")}</th>
                <th scope="col">{t("consents.noticeVersion")}</th>
                <th scope="col">{t("consents.status")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {consents.data.map((consent) => (
                <ConsentRow key={consent.id} consent={consent} personId={personId} />
              ))}
            </tbody>
          </DataTable>
        )}
      </div>
    </Section>
  );
}
