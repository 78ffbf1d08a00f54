import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useRecordReadOnly } from "#client/components/record-read-only.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { countryName } from "#shared/reference/countries.ts";
import { useLinkPersonAgency } from "../api/change-agency.ts";
import { useAgencies, usePersonAgency } from "../api/get-agencies.ts";
import { SealWarningBadge } from "./seal-warning-badge.tsx";
import "../messages.ts";

/** A warning badge for the person's header when their agency's seal is missing, revoked or expired. */
export function PersonAgencyWarning({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const link = usePersonAgency(personId);
  const agency = link.data?.agency;
  if (!agency?.sealWarning) return null;
  return (
    <p className="seal-warning">
      <span className={agency.sealWarning === "missing" ? "badge badge-warning" : "badge badge-danger"}>
        {t("agencies.person.badge", {
          name: agency.name,
          warning: t(`agencies.sealWarning.${agency.sealWarning}`),
        })}
      </span>
    </p>
  );
}

function AgencyChoice({
  personId,
  current,
  onDone,
}: {
  personId: string;
  current: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const agencies = useAgencies({});
  const link = useLinkPersonAgency(personId);
  const [agencyId, setAgencyId] = useState(current ?? "");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    link.mutate(agencyId || null, {
      onSuccess: () => {
        showToast(t("agencies.person.saved"));
        onDone();
      },
      onError: (error) => showToast(errorMessage(error), "error"),
    });
  };
  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label={t("agencies.person.change")}>
      <SelectField
        label={t("agencies.person.choose")}
        value={agencyId}
        disabled={agencies.isPending}
        onChange={(event) => setAgencyId(event.target.value)}
      >
        <option value="">{t("agencies.person.noAgency")}</option>
        {(agencies.data ?? []).map((agency) => (
          <option key={agency.id} value={agency.id}>
            {agency.name}
            {agency.sealWarning ? ` (${t(`agencies.sealWarning.${agency.sealWarning}`)})` : ""}
          </option>
        ))}
      </SelectField>
      <div className="button-row">
        <Button type="submit" variant="primary" busy={link.isPending}>
          {t("common.save")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}

export function PersonAgency({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const link = usePersonAgency(personId);
  const [editing, setEditing] = useState(false);
  const readOnly = useRecordReadOnly();
  if (link.isPending) return <Loading />;
  if (link.isError) return <ErrorState error={link.error} onRetry={() => void link.refetch()} />;
  const agency = link.data.agency;
  return (
    <div className="stack">
      <div className="section-header">
        <h3 className="subsection-title">{t("agencies.person.title")}</h3>
        {!editing && !readOnly && (
          <Button variant="quiet" className="button-small" onClick={() => setEditing(true)}>
            {t("agencies.person.change")}
          </Button>
        )}
      </div>
      {editing ? (
        <AgencyChoice personId={personId} current={agency?.id ?? null} onDone={() => setEditing(false)} />
      ) : agency ? (
        <p className="list-row">
          <strong>{agency.name}</strong>
          <span className="text-muted">
            {countryName(agency.country, language)} ·{" "}
            {agency.sealStatus === "certified" && agency.sealWarning === "expired" && agency.sealValidUntil
              ? t("agencies.sealCertifiedExpired", { date: formatDate(agency.sealValidUntil, language) })
              : `${t(`agencies.sealStatus.${agency.sealStatus}`)}${
                  agency.sealValidUntil ? ` · ${formatDate(agency.sealValidUntil, language)}` : ""
                }`}
          </span>
          <SealWarningBadge warning={agency.sealWarning} />
        </p>
      ) : (
        <p className="text-muted">{t("agencies.person.none")}</p>
      )}
    </div>
  );
}
