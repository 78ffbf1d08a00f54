import type { ReactElement } from "react";
import { useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { districts } from "#shared/reference/districts.ts";
import {
  type Chamber,
  chambers,
  type Sector,
  type SizeBand,
  sectors,
  sizeBands,
} from "#shared/reference/employers.ts";
import type { CompanyCreateSchema } from "#shared/schemas/company.ts";
import { orNull } from "../lib/form-values.ts";
import { useFieldError } from "../lib/use-field-error.ts";
import { SelectField } from "./select-field.tsx";
import { TextField } from "./text-field.tsx";
import { TextareaField } from "./textarea-field.tsx";

type CompanyValues = z.input<typeof CompanyCreateSchema>;
/** The profile fields of a company; the employer's form has no `notes` (they are the centre's). */
export type CompanyProfileValues = Pick<
  CompanyValues,
  "name" | "sector" | "chamber" | "district" | "sizeBand"
> & {
  notes?: CompanyValues["notes"];
};

/** The words of one screen: the advisor's company pages and the employer portal word a profile apart. */
export type CompanyFieldsWording = {
  name: string;
  sector: string;
  sectorOf: (sector: Sector) => string;
  district: string;
  chamber: string;
  chamberOf: (chamber: Chamber) => string;
  noChamber: string;
  sizeBand: string;
  sizeBandHint: string;
  sizeBandOf: (band: SizeBand) => string;
  noSizeBand: string;
  /** The centre's own notes on the company; only the advisor's form has them. */
  notes?: string;
};

type CompanyFieldsProps = {
  wording: CompanyFieldsWording;
  /** `advisor`: the centre's form (district before chamber, notes); `employer`: the portal's profile. */
  variant: "advisor" | "employer";
  /** An empty first district option, for a new company. */
  promptDistrict?: boolean;
};

/** One company profile field group for both sides, inside the screen's `FormProvider`. */
export function CompanyFields({ wording, variant, promptDistrict = false }: CompanyFieldsProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, formState } = useFormContext<CompanyProfileValues>();
  const errors = formState.errors;
  const employer = variant === "employer";
  const district: ReactElement = (
    <SelectField
      key="district"
      label={wording.district}
      error={fieldError(errors.district)}
      {...register("district")}
    >
      {promptDistrict && <option value="">{t("common.notSpecified")}</option>}
      {districts.map((district) => (
        <option key={district} value={district}>
          {t(`districts.${district}`)}
        </option>
      ))}
    </SelectField>
  );
  const chamber: ReactElement = (
    <SelectField
      key="chamber"
      label={wording.chamber}
      optionalLabel={t("common.optional")}
      error={fieldError(errors.chamber)}
      {...register("chamber", orNull)}
    >
      <option value="">{wording.noChamber}</option>
      {chambers.map((chamber) => (
        <option key={chamber} value={chamber}>
          {wording.chamberOf(chamber)}
        </option>
      ))}
    </SelectField>
  );
  return (
    <>
      <div className="form-grid">
        <TextField
          label={wording.name}
          autoComplete={employer ? undefined : "organization"}
          error={fieldError(errors.name)}
          {...register("name")}
        />
        <SelectField label={wording.sector} error={fieldError(errors.sector)} {...register("sector")}>
          {sectors.map((sector) => (
            <option key={sector} value={sector}>
              {wording.sectorOf(sector)}
            </option>
          ))}
        </SelectField>
        {employer ? [chamber, district] : [district, chamber]}
        <SelectField
          label={wording.sizeBand}
          hint={wording.sizeBandHint}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.sizeBand)}
          {...register("sizeBand", orNull)}
        >
          <option value="">{wording.noSizeBand}</option>
          {sizeBands.map((band) => (
            <option key={band} value={band}>
              {wording.sizeBandOf(band)}
            </option>
          ))}
        </SelectField>
      </div>
      {wording.notes && (
        <TextareaField
          label={wording.notes}
          optionalLabel={t("common.optional")}
          rows={3}
          error={fieldError(errors.notes)}
          {...register("notes", orNull)}
        />
      )}
    </>
  );
}
