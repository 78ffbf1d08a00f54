import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { CompanyFields, type CompanyFieldsWording } from "#client/components/company-fields.tsx";
import type { CompanyCreateSchema } from "#shared/schemas/company.ts";
import "../messages.ts";

export { orNull } from "#client/lib/form-values.ts";
export type CompanyFormValues = z.input<typeof CompanyCreateSchema>;
export const profileFieldNames = ["name", "sector", "chamber", "district", "sizeBand", "notes"] as const;

export function CompanyProfileFields({ promptDistrict = false }: { promptDistrict?: boolean }) {
  const { t } = useTranslation();
  const wording: CompanyFieldsWording = {
    name: t("companies.fields.name"),
    sector: t("companies.fields.sector"),
    sectorOf: (sector) => t(`companies.sectors.${sector}`),
    district: t("companies.fields.district"),
    chamber: t("companies.fields.chamber"),
    chamberOf: (chamber) => t(`companies.chambers.${chamber}`),
    noChamber: t("common.notSpecified"),
    sizeBand: t("companies.fields.sizeBand"),
    sizeBandHint: t("companies.fields.sizeBandHint"),
    sizeBandOf: (band) => t(`companies.sizeBands.${band}`),
    noSizeBand: t("common.notSpecified"),
    notes: t("companies.fields.notes"),
  };
  return <CompanyFields variant="advisor" wording={wording} promptDistrict={promptDistrict} />;
}
