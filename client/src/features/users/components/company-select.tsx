import type { ComponentProps } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "#client/components/select-field.tsx";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useCompanies } from "../api/get-companies.ts";
import "../messages.ts";

type CompanySelectProps = Omit<ComponentProps<"select">, "children"> & { error?: string };

export function CompanySelect({ error, ...select }: CompanySelectProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const companies = useCompanies(true);
  const loadError = companies.isError ? errorMessage(companies.error) : undefined;
  const empty = companies.isSuccess && companies.data.length === 0;
  return (
    <SelectField
      label={t("users.company")}
      hint={empty ? t("users.noCompanies") : t("users.companyHint")}
      error={error ?? loadError}
      disabled={empty}
      {...select}
    >
      <option value="">{companies.isPending ? t("common.loading") : t("users.chooseCompany")}</option>
      {companies.data?.map((company) => (
        <option key={company.id} value={company.id}>
          {company.name}
        </option>
      ))}
    </SelectField>
  );
}
