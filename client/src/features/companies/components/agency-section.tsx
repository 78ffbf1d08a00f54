import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { Section } from "#client/components/section.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { countryName } from "#shared/reference/countries.ts";
import type { Company } from "#shared/schemas/company.ts";
import { useAgencyOptions } from "../api/get-agency-options.ts";
import { useCompanySave } from "../api/use-company-save.ts";
import { CompanySealWarning } from "./seal-warning.tsx";
import "../messages.ts";

function AgencyForm({ company, onDone }: { company: Company; onDone: () => void }) {
  const { t } = useTranslation();
  const agencies = useAgencyOptions();
  const { save, conflict, reload, pending } = useCompanySave(company, onDone);
  const [agencyId, setAgencyId] = useState(company.agencyId ?? "");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save({ agencyId: agencyId || null });
  };
  return (
    <form className="form" onSubmit={onSubmit} aria-label={t("companies.agency.change")}>
      {conflict && <ConflictAlert onReload={reload} />}
      <SelectField
        label={t("companies.fields.agency")}
        value={agencyId}
        disabled={agencies.isPending}
        onChange={(event) => setAgencyId(event.target.value)}
      >
        <option value="">{t("companies.agency.noAgency")}</option>
        {(agencies.data ?? []).map((agency) => (
          <option key={agency.id} value={agency.id}>
            {agency.name}
            {agency.sealWarning ? ` (${t(`companies.agency.warning.${agency.sealWarning}`)})` : ""}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={pending}>
          {t("common.save")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}

export function CompanyAgencySection({ company }: { company: Company }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const agency = company.agency;
  return (
    <Section
      id="agency"
      title={t("companies.sections.agency")}
      actions={
        !editing && (
          <Button variant="quiet" className="button-small" onClick={() => setEditing(true)}>
            {t("companies.agency.change")}
          </Button>
        )
      }
    >
      {editing ? (
        <AgencyForm company={company} onDone={() => setEditing(false)} />
      ) : agency ? (
        <div className="stack">
          <p className="list-row">
            <strong>{agency.name}</strong>
            <span className="text-muted">
              {countryName(agency.country, language)} ·{" "}
              {t(`companies.agency.sealStatus.${agency.sealStatus}`)}
              {agency.sealValidUntil &&
                ` · ${t("companies.agency.validUntil", { date: formatDate(agency.sealValidUntil, language) })}`}
            </span>
            <CompanySealWarning warning={agency.sealWarning} />
          </p>
          {agency.sealWarning && (
            <Alert tone="warning" role="status">
              {t("companies.agency.warningText", { name: agency.name })}
            </Alert>
          )}
        </div>
      ) : (
        <p className="text-muted">{t("companies.agency.none")}</p>
      )}
    </Section>
  );
}
