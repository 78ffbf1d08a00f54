import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { concerns } from "#shared/reference/cases.ts";

type ConcernsFieldsetProps = { registration: UseFormRegisterReturn; error?: string };

export function ConcernsFieldset({ registration, error }: ConcernsFieldsetProps) {
  const { t } = useTranslation();
  return (
    <fieldset className={error ? "fieldset field-invalid" : "fieldset"}>
      <legend className="field-label">{t("cases.fields.concerns")}</legend>
      <div className="checkbox-grid">
        {concerns.map((concern) => (
          <label key={concern} className="checkbox-field">
            <input type="checkbox" className="checkbox" value={concern} {...registration} />
            {t(`concerns.${concern}`)}
          </label>
        ))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
