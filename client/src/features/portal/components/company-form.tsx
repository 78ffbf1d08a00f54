import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { districts } from "../../../../../shared/reference/districts.ts";
import { chambers, sectors, sizeBands } from "../../../../../shared/reference/employers.ts";
import { CompanyCreateSchema, type CompanyProfile } from "../../../../../shared/schemas/company.ts";
import { Alert } from "../../../components/alert.tsx";
import { Button } from "../../../components/button.tsx";
import { ConflictAlert } from "../../../components/conflict-alert.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { useToast } from "../../../components/toasts/toast-context.ts";
import { applyServerErrors } from "../../../lib/apply-server-errors.ts";
import { isStaleVersion } from "../../../lib/conflict.ts";
import { useErrorMessage } from "../../../lib/use-error-message.ts";
import { useUpdateCompany } from "../api/company-mutations.ts";
import "../messages.ts";
import { withRequiredErrors } from "../../../lib/form-errors.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";

const ProfileSchema = CompanyCreateSchema.pick({
  name: true,
  sector: true,
  chamber: true,
  district: true,
  sizeBand: true,
  contacts: true,
});
type ProfileInput = z.input<typeof ProfileSchema>;
const serverFields = ["name", "sector", "chamber", "district", "sizeBand", "contacts"] as const;
const orNull = { setValueAs: (value: string | null) => (value?.trim() ? value.trim() : null) };
const MAX_CONTACTS = 20;

type CompanyFormProps = { company: CompanyProfile; onDone: () => void };

export function CompanyForm({ company, onDone }: CompanyFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const update = useUpdateCompany(company.id);
  const defaultValues: ProfileInput = {
    name: company.name,
    sector: company.sector,
    chamber: company.chamber,
    district: company.district,
    sizeBand: company.sizeBand,
    contacts: company.contacts,
  };
  const { register, handleSubmit, formState, setError, control, reset } = useForm({
    resolver: withRequiredErrors(zodResolver(ProfileSchema)),
    mode: "onTouched",
    defaultValues,
  });
  const contacts = useFieldArray({ control, name: "contacts" });
  const errors = formState.errors;
  const onSubmit = handleSubmit((values) =>
    update.mutate(
      { version: company.version, ...values },
      {
        onSuccess: () => {
          showToast(t("portal.company.saved"));
          onDone();
        },
        onError: (error) => applyServerErrors(error, setError, serverFields),
      },
    ),
  );
  const failure = update.error;
  const stale = isStaleVersion(failure);
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t("portal.company.profile")}>
      {stale && (
        <ConflictAlert
          onReload={() => {
            update.reset();
            reset(defaultValues);
          }}
        />
      )}
      {failure && !stale && Object.keys(errors).length === 0 && <Alert>{errorMessage(failure)}</Alert>}
      <div className="form-grid">
        <TextField label={t("portal.company.name")} error={fieldError(errors.name)} {...register("name")} />
        <SelectField
          label={t("portal.company.sector")}
          error={fieldError(errors.sector)}
          {...register("sector")}
        >
          {sectors.map((sector) => (
            <option key={sector} value={sector}>
              {t(`portal.company.sectors.${sector}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("portal.company.chamber")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.chamber)}
          {...register("chamber", orNull)}
        >
          <option value="">{t("portal.company.noChamber")}</option>
          {chambers.map((chamber) => (
            <option key={chamber} value={chamber}>
              {t(`portal.company.chambers.${chamber}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("portal.company.district")}
          error={fieldError(errors.district)}
          {...register("district")}
        >
          {districts.map((district) => (
            <option key={district} value={district}>
              {t(`districts.${district}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("portal.company.sizeBand")}
          hint={t("portal.company.sizeBandHint")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.sizeBand)}
          {...register("sizeBand", orNull)}
        >
          <option value="">{t("portal.company.noSize")}</option>
          {sizeBands.map((size) => (
            <option key={size} value={size}>
              {t(`portal.company.sizes.${size}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="fieldset portal-fieldset">
        <legend>{t("portal.company.contacts")}</legend>
        {contacts.fields.map((field, index) => (
          <fieldset key={field.id} className="contact-fields">
            <legend className="visually-hidden">
              {t("portal.company.contactNumber", { number: index + 1 })}
            </legend>
            <div className="form-grid">
              <TextField
                label={t("portal.company.contactName")}
                error={fieldError(errors.contacts?.[index]?.name)}
                {...register(`contacts.${index}.name`)}
              />
              <TextField
                label={t("portal.company.contactFunction")}
                optionalLabel={t("common.optional")}
                error={fieldError(errors.contacts?.[index]?.function)}
                {...register(`contacts.${index}.function`, orNull)}
              />
              <TextField
                label={t("portal.company.contactEmail")}
                type="email"
                optionalLabel={t("common.optional")}
                error={fieldError(errors.contacts?.[index]?.email)}
                {...register(`contacts.${index}.email`, orNull)}
              />
              <TextField
                label={t("portal.company.contactPhone")}
                type="tel"
                optionalLabel={t("common.optional")}
                error={fieldError(errors.contacts?.[index]?.phone)}
                {...register(`contacts.${index}.phone`, orNull)}
              />
            </div>
            <Button variant="quiet" onClick={() => contacts.remove(index)}>
              {t("portal.company.removeContact", { number: index + 1 })}
            </Button>
          </fieldset>
        ))}
        {contacts.fields.length < MAX_CONTACTS && (
          <Button onClick={() => contacts.append({ name: "", function: null, email: null, phone: null })}>
            {t("portal.company.addContact")}
          </Button>
        )}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          {t("common.save")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
