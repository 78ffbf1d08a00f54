import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { languageSkills } from "../../../../../shared/language/levels.ts";
import { districts } from "../../../../../shared/reference/districts.ts";
import { offerTypes } from "../../../../../shared/reference/employers.ts";
import { type Offer, OfferCreateSchema } from "../../../../../shared/schemas/offer.ts";
import { Alert } from "../../../components/alert.tsx";
import { Button, ButtonLink } from "../../../components/button.tsx";
import { ConflictAlert } from "../../../components/conflict-alert.tsx";
import { DateField } from "../../../components/date-field.tsx";
import { OccupationCodeSelect } from "../../../components/occupation-code-select.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { TextareaField } from "../../../components/textarea-field.tsx";
import { applyServerErrors } from "../../../lib/apply-server-errors.ts";
import { isStaleVersion } from "../../../lib/conflict.ts";
import { useErrorMessage } from "../../../lib/use-error-message.ts";
import { portalQueries } from "../api/portal-queries.ts";
import "../messages.ts";
import { withRequiredErrors } from "../../../lib/form-errors.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";
import { LanguageLevelSelect } from "./language-level-select.tsx";

export type OfferFormValues = z.output<typeof OfferCreateSchema>;
type OfferFormInput = z.input<typeof OfferCreateSchema>;
type SubmitMode = "draft" | "open" | "save";

const serverFields = [
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
const orNull = { setValueAs: (value: string | null) => (value ? value : null) };
const orUndefined = { setValueAs: (value: string | undefined) => (value ? value : undefined) };

type OfferFormProps = {
  offer?: Offer;
  defaultDistrict?: OfferFormInput["district"];
  pending: boolean;
  error: unknown;
  onSubmit: (values: OfferFormValues, mode: SubmitMode) => Promise<unknown>;
  onReload?: () => void;
  cancelTo: string;
};

function defaultsOf(offer: Offer | undefined, district: OfferFormInput["district"]): OfferFormInput {
  if (!offer)
    return {
      type: "tth_internship",
      title: "",
      occupation: "",
      district,
      startsOn: null,
      endsOn: null,
      places: 1,
      languageRequirement: {},
      programmeId: null,
      description: null,
    };
  return {
    type: offer.type,
    title: offer.title,
    occupation: offer.occupation,
    district: offer.district,
    startsOn: offer.startsOn,
    endsOn: offer.endsOn,
    places: offer.places,
    languageRequirement: offer.languageRequirement,
    programmeId: offer.programmeId,
    description: offer.description,
  };
}

export function OfferForm({
  offer,
  defaultDistrict,
  pending,
  error,
  onSubmit,
  onReload,
  cancelTo,
}: OfferFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const programmes = useQuery(portalQueries.programmes());
  const { register, handleSubmit, formState, setError } = useForm<OfferFormInput, unknown, OfferFormValues>({
    resolver: withRequiredErrors(zodResolver(OfferCreateSchema)),
    mode: "onTouched",
    defaultValues: defaultsOf(offer, defaultDistrict),
  });
  const errors = formState.errors;
  const submit = (mode: SubmitMode) =>
    handleSubmit(async (values) => {
      try {
        await onSubmit(values, mode);
      } catch (failure) {
        applyServerErrors(failure, setError, serverFields);
      }
    });
  const stale = isStaleVersion(error);
  const showFailure = Boolean(error) && !stale && Object.keys(errors).length === 0;

  return (
    <form className="form" noValidate onSubmit={submit(offer ? "save" : "open")}>
      {stale && onReload && <ConflictAlert onReload={onReload} />}
      {showFailure && <Alert>{errorMessage(error)}</Alert>}
      <TextField
        label={t("portal.form.title")}
        hint={t("portal.form.titleHint")}
        className="portal-title-input"
        error={fieldError(errors.title)}
        {...register("title")}
      />
      <div className="form-grid">
        <SelectField label={t("portal.form.type")} error={fieldError(errors.type)} {...register("type")}>
          {offerTypes.map((type) => (
            <option key={type} value={type}>
              {t(`portal.types.${type}`)}
            </option>
          ))}
        </SelectField>
        <OccupationCodeSelect
          label={t("portal.form.occupation")}
          emptyLabel={t("portal.form.chooseOccupation")}
          error={fieldError(errors.occupation)}
          {...register("occupation")}
        />
        <SelectField
          label={t("portal.form.district")}
          error={fieldError(errors.district)}
          {...register("district", orUndefined)}
        >
          {districts.map((district) => (
            <option key={district} value={district}>
              {t(`districts.${district}`)}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t("portal.form.startsOn")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.startsOn)}
          {...register("startsOn", orNull)}
        />
        <DateField
          label={t("portal.form.endsOn")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.endsOn)}
          {...register("endsOn", orNull)}
        />
        <TextField
          label={t("portal.form.places")}
          type="number"
          min={1}
          max={100}
          inputMode="numeric"
          error={fieldError(errors.places)}
          {...register("places", { valueAsNumber: true })}
        />
        <SelectField
          label={t("portal.form.programme")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.programmeId)}
          {...register("programmeId", orNull)}
        >
          <option value="">{t("portal.form.noProgramme")}</option>
          {(programmes.data?.items ?? []).map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.name}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="fieldset portal-fieldset">
        <legend>{t("portal.form.language")}</legend>
        <p className="form-section-hint">{t("portal.form.languageHint")}</p>
        <div className="portal-level-grid">
          {languageSkills.map((skill) => (
            <LanguageLevelSelect
              key={skill}
              label={t(`portal.skills.${skill}`)}
              emptyLabel={t("portal.form.noRequirement")}
              error={fieldError(errors.languageRequirement?.[skill])}
              {...register(`languageRequirement.${skill}`, orUndefined)}
            />
          ))}
        </div>
      </fieldset>
      <TextareaField
        label={t("portal.form.description")}
        hint={t("portal.form.descriptionHint")}
        optionalLabel={t("common.optional")}
        rows={5}
        error={fieldError(errors.description)}
        {...register("description", orNull)}
      />
      <div className="form-actions">
        {offer ? (
          <Button type="submit" variant="primary" busy={pending}>
            {t("portal.form.save")}
          </Button>
        ) : (
          <>
            <Button type="submit" variant="primary" busy={pending}>
              {t("portal.form.publish")}
            </Button>
            <Button busy={pending} onClick={submit("draft")}>
              {t("portal.form.saveDraft")}
            </Button>
          </>
        )}
        <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
      </div>
    </form>
  );
}
