import { useTranslation } from "react-i18next";
import { CheckboxField } from "#client/components/checkbox-field.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { residencePermitTypeName, residencePermitTypes } from "#shared/reference/residence.ts";
import { orNull, usePersonFormFields } from "../utils/person-form-fields.ts";
import "../messages.ts";

export function PersonResidencePermitFields() {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldError = useFieldError();
  const { register, errors } = usePersonFormFields();
  return (
    <>
      <SelectField
        label={t("persons.fields.permitType")}
        optionalLabel={t("common.optional")}
        error={fieldError(errors.permitType)}
        {...register("permitType", orNull)}
      >
        <option value="">{t("common.notSpecified")}</option>
        {residencePermitTypes.map((type) => (
          <option key={type} value={type}>
            {residencePermitTypeName(type, language)}
          </option>
        ))}
      </SelectField>
      <DateField
        label={t("persons.fields.permitExpiresOn")}
        optionalLabel={t("common.optional")}
        error={fieldError(errors.permitExpiresOn)}
        {...register("permitExpiresOn", orNull)}
      />
      <CheckboxField label={t("persons.fields.fastTrack81a")} {...register("fastTrack81a")} />
    </>
  );
}
