import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import {
  esfAgeBands,
  esfEmploymentStatuses,
  esfIscedBands,
  esfSensitiveAnswers,
} from "../../../../../shared/reference/employers.ts";
import {
  EnrolmentCreateSchema,
  EsfEntrySchema,
  type EsfResult,
} from "../../../../../shared/schemas/programme.ts";
import { CheckboxField } from "../../../components/checkbox-field.tsx";
import { DateField } from "../../../components/date-field.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { formatDate } from "../../../lib/format.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";
import { useLanguage } from "../../../lib/use-language.ts";
import "../messages.ts";

/** The enrolment form; `esfEntry` is only rendered (and so only sent) for ESF Plus programmes. */
export const EnrolFormSchema = z.object({
  programmeId: EnrolmentCreateSchema.shape.programmeId,
  enteredOn: EnrolmentCreateSchema.shape.enteredOn,
  esfEntry: EsfEntrySchema.optional(),
});
type EnrolFormInput = z.input<typeof EnrolFormSchema>;

const yesNo = {
  setValueAs: (value: string) => (value === "" ? undefined : value === "yes"),
};

/** ESF+ entry data ("Eintrittsdaten"); the two sensitive items start at "keine Angabe". */
export function EsfEntryFields({
  register: field,
  errors,
}: {
  register: UseFormRegister<EnrolFormInput>;
  errors: FieldErrors<EnrolFormInput>;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const entryErrors = errors.esfEntry;
  return (
    <fieldset className="fieldset">
      <legend className="subsection-title">{t("programmes.esf.entryTitle")}</legend>
      <p className="text-muted">{t("programmes.person.esfHint")}</p>
      <div className="form-grid">
        <SelectField
          label={t("programmes.esf.employmentStatus")}
          error={fieldError(entryErrors?.employmentStatus)}
          {...field("esfEntry.employmentStatus")}
        >
          <option value="">{t("programmes.esf.choose")}</option>
          {esfEmploymentStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`programmes.esf.employment.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("programmes.esf.ageBand")}
          error={fieldError(entryErrors?.ageBand)}
          {...field("esfEntry.ageBand")}
        >
          <option value="">{t("programmes.esf.choose")}</option>
          {esfAgeBands.map((band) => (
            <option key={band} value={band}>
              {t(`programmes.esf.age.${band}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("programmes.esf.iscedBand")}
          error={fieldError(entryErrors?.iscedBand)}
          {...field("esfEntry.iscedBand")}
        >
          <option value="">{t("programmes.esf.choose")}</option>
          {esfIscedBands.map((band) => (
            <option key={band} value={band}>
              {t(`programmes.esf.isced.${band}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("programmes.esf.thirdCountryNational")}
          error={fieldError(entryErrors?.thirdCountryNational)}
          {...field("esfEntry.thirdCountryNational", yesNo)}
        >
          <option value="">{t("programmes.esf.choose")}</option>
          <option value="yes">{t("common.yes")}</option>
          <option value="no">{t("common.no")}</option>
        </SelectField>
        <SelectField label={t("programmes.esf.disability")} {...field("esfEntry.disability")}>
          {[...esfSensitiveAnswers].reverse().map((answer) => (
            <option key={answer} value={answer}>
              {t(`programmes.esf.answer.${answer}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("programmes.esf.disadvantaged")} {...field("esfEntry.disadvantaged")}>
          {[...esfSensitiveAnswers].reverse().map((answer) => (
            <option key={answer} value={answer}>
              {t(`programmes.esf.answer.${answer}`)}
            </option>
          ))}
        </SelectField>
      </div>
    </fieldset>
  );
}

export type EsfResultDraft = Omit<EsfResult, "recordedOn"> & { recordedOn: string };
const resultItems = ["inEducation", "gainedQualification", "employed", "jobSearching"] as const;

export function emptyEsfResult(recordedOn: string): EsfResultDraft {
  return { recordedOn, inEducation: false, gainedQualification: false, employed: false, jobSearching: false };
}

/** ESF+ results within four weeks of leaving: four yes/no items and the day they were recorded. */
export function EsfResultFields({
  idPrefix,
  value,
  onChange,
  minDate,
}: {
  idPrefix: string;
  value: EsfResultDraft;
  onChange: (value: EsfResultDraft) => void;
  minDate?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend className="subsection-title">{t("programmes.esf.resultTitle")}</legend>
      <div className="checkbox-grid">
        {resultItems.map((item) => (
          <CheckboxField
            key={item}
            id={`${idPrefix}-${item}`}
            label={t(`programmes.esf.result.${item}`)}
            checked={value[item]}
            onChange={(event) => onChange({ ...value, [item]: event.target.checked })}
          />
        ))}
      </div>
      <div className="form-grid">
        <DateField
          id={`${idPrefix}-recorded-on`}
          label={t("programmes.esf.recordedOn")}
          required
          min={minDate}
          value={value.recordedOn}
          onValueChange={(recordedOn) => onChange({ ...value, recordedOn })}
        />
      </div>
    </fieldset>
  );
}

/** One line naming the recorded results, e.g. "Ergebnis am 20.07.2026: in Arbeit, Qualifikation erworben". */
export function EsfResultSummary({ result }: { result: EsfResult }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const items = resultItems.filter((item) => result[item]).map((item) => t(`programmes.esf.result.${item}`));
  return (
    <span className="text-muted">
      {t("programmes.esf.resultSummary", {
        date: formatDate(result.recordedOn, language),
        items: items.length > 0 ? items.join(", ") : t("programmes.esf.resultNone"),
      })}
    </span>
  );
}
