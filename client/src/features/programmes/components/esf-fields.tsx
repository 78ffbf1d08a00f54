import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CheckboxField } from "#client/components/checkbox-field.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { EnrolmentCreateSchema, type EsfResult } from "#shared/schemas/programme.ts";
import "../messages.ts";

/** The enrolment form; ESF+ entry data is recorded afterwards in the participant record (decision 0029). */
export const EnrolFormSchema = z.object({
  programmeId: EnrolmentCreateSchema.shape.programmeId,
  enteredOn: EnrolmentCreateSchema.shape.enteredOn,
});

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
