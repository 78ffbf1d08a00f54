import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { languageSkills } from "../../../../../shared/language/levels.ts";
import { cefrLevels } from "../../../../../shared/reference/cefr.ts";
import { districts } from "../../../../../shared/reference/districts.ts";
import { offerTypes } from "../../../../../shared/reference/employers.ts";
import { type Offer, type OfferCreate, OfferCreateSchema } from "../../../../../shared/schemas/offer.ts";
import { Alert } from "../../../components/alert.tsx";
import { Button, ButtonLink } from "../../../components/button.tsx";
import { CheckboxField } from "../../../components/checkbox-field.tsx";
import { ConflictAlert } from "../../../components/conflict-alert.tsx";
import { DateField } from "../../../components/date-field.tsx";
import { OccupationCodeSelect } from "../../../components/occupation-code-select.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { TextareaField } from "../../../components/textarea-field.tsx";
import { isApiError } from "../../../lib/api-error.ts";
import { applyServerErrors } from "../../../lib/apply-server-errors.ts";
import { isStaleVersion } from "../../../lib/conflict.ts";
import { useErrorMessage } from "../../../lib/use-error-message.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";
import { useChangeOffer, useCreateOffer } from "../api/change-offer.ts";
import { useCompanyOptions, useProgrammeOptions } from "../api/get-form-options.ts";
import { offerQueries } from "../api/get-offers.ts";
import "../messages.ts";
import { withRequiredErrors } from "../../../lib/form-errors.ts";

const orNull = { setValueAs: (value: string | null) => (value ? value : null) };
const orUndefined = { setValueAs: (value: string | undefined) => (value ? value : undefined) };
const serverFields = [
  "companyId",
  "type",
  "title",
  "occupation",
  "district",
  "startsOn",
  "endsOn",
  "places",
  "languageRequirement",
  "programmeId",
  "description",
] as const;

type OfferFormProps = {
  offer?: Offer;
  companyId?: string;
  onSaved: (offer: Offer) => void;
  cancelTo: string;
};

export function OfferForm({ offer, companyId, onSaved, cancelTo }: OfferFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const companies = useCompanyOptions();
  const programmes = useProgrammeOptions();
  const create = useCreateOffer();
  const change = useChangeOffer();
  const [conflict, setConflict] = useState(false);
  const [publish, setPublish] = useState(false);
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(OfferCreateSchema)),
    mode: "onTouched",
    defaultValues: {
      companyId: offer?.companyId ?? companyId ?? "",
      type: offer?.type ?? "apprenticeship",
      title: offer?.title ?? "",
      occupation: offer?.occupation ?? "",
      district: offer?.district,
      startsOn: offer?.startsOn ?? null,
      endsOn: offer?.endsOn ?? null,
      places: offer?.places ?? 1,
      languageRequirement: offer?.languageRequirement ?? {},
      programmeId: offer?.programmeId ?? null,
      description: offer?.description ?? null,
      status: "draft" as const,
    },
  });
  const errors = formState.errors;
  const pending = create.isPending || change.isPending;
  const onError = (error: unknown) => {
    if (isStaleVersion(error)) setConflict(true);
    else applyServerErrors(error, setError, serverFields);
  };
  const onSubmit = handleSubmit((values: OfferCreate) => {
    setConflict(false);
    if (!offer) {
      create.mutate({ ...values, status: publish ? "open" : "draft" }, { onSuccess: onSaved, onError });
      return;
    }
    const { companyId: _company, status: _status, ...fields } = values;
    change.mutate(
      {
        kind: "update",
        id: offer.id,
        body: { version: offer.version, ...fields, district: fields.district ?? offer.district },
      },
      { onSuccess: onSaved, onError },
    );
  });
  const failure = create.error ?? change.error;
  const showFailure = failure && !isApiError(failure, "validation_failed") && !isStaleVersion(failure);
  const reload = () => {
    setConflict(false);
    if (offer) void queryClient.invalidateQueries({ queryKey: offerQueries.detail(offer.id).queryKey });
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={onSubmit}
      aria-label={offer ? t("offers.edit") : t("offers.new")}
    >
      {conflict && <ConflictAlert onReload={reload} />}
      {showFailure && <Alert>{errorMessage(failure)}</Alert>}
      <div className="form-grid">
        {!offer && (
          <SelectField
            label={t("offers.fields.company")}
            error={fieldError(errors.companyId)}
            disabled={companies.isPending}
            {...register("companyId", orUndefined)}
          >
            <option value="">{t("offers.chooseCompany")}</option>
            {(companies.data ?? []).map((company) => (
              <option key={company.id} value={company.id}>
                {company.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField label={t("offers.fields.type")} error={fieldError(errors.type)} {...register("type")}>
          {offerTypes.map((type) => (
            <option key={type} value={type}>
              {t(`offers.types.${type}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t("offers.fields.title")} error={fieldError(errors.title)} {...register("title")} />
        <OccupationCodeSelect
          label={t("offers.fields.occupation")}
          emptyLabel={t("offers.chooseOccupation")}
          error={fieldError(errors.occupation)}
          {...register("occupation")}
        />
        <SelectField
          label={t("offers.fields.district")}
          error={fieldError(errors.district)}
          {...register("district", orUndefined)}
        >
          {!offer && <option value="">{t("offers.companyDistrict")}</option>}
          {districts.map((district) => (
            <option key={district} value={district}>
              {t(`districts.${district}`)}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t("offers.fields.startsOn")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.startsOn)}
          {...register("startsOn", orNull)}
        />
        <DateField
          label={t("offers.fields.endsOn")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.endsOn)}
          {...register("endsOn", orNull)}
        />
        <TextField
          label={t("offers.fields.places")}
          type="number"
          min={Math.max(1, offer?.placesTaken ?? 1)}
          max={100}
          error={fieldError(errors.places)}
          {...register("places", { valueAsNumber: true })}
        />
        <SelectField
          label={t("offers.fields.programme")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.programmeId)}
          {...register("programmeId", orNull)}
        >
          <option value="">{t("offers.noProgramme")}</option>
          {(programmes.data ?? []).map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.name}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="form-section">
        <legend className="section-title">{t("offers.fields.language")}</legend>
        <p className="form-section-hint">{t("offers.languageHint")}</p>
        <div className="level-grid">
          {languageSkills.map((skill) => (
            <SelectField
              key={skill}
              label={t(`offers.skills.${skill}`)}
              error={fieldError(errors.languageRequirement?.[skill])}
              {...register(`languageRequirement.${skill}`, orUndefined)}
            >
              <option value="">{t("offers.noLevel")}</option>
              {cefrLevels.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
      </fieldset>
      <TextareaField
        label={t("offers.fields.description")}
        optionalLabel={t("common.optional")}
        rows={4}
        error={fieldError(errors.description)}
        {...register("description", orNull)}
      />
      {!offer && (
        <CheckboxField
          label={t("offers.publishNow")}
          checked={publish}
          onChange={(event) => setPublish(event.target.checked)}
        />
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={pending}>
          {offer ? t("common.save") : t("offers.create")}
        </Button>
        <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
      </div>
    </form>
  );
}
