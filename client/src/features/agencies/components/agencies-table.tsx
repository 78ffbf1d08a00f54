import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { DataTable } from "#client/components/data-table.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { countryName } from "#shared/reference/countries.ts";
import type { Agency } from "#shared/schemas/agency.ts";
import { SealWarningBadge } from "./seal-warning-badge.tsx";

export function AgenciesTable({
  agencies,
  onEdit,
}: {
  agencies: Agency[];
  onEdit: (agency: Agency) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DataTable caption={t("agencies.tableCaption")} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t("agencies.fields.name")}</th>
          <th scope="col">{t("agencies.fields.country")}</th>
          <th scope="col">{t("agencies.fields.sealStatus")}</th>
          <th scope="col">{t("agencies.fields.sealValidUntil")}</th>
          <th scope="col">{t("agencies.fields.warning")}</th>
          <th scope="col">{t("agencies.fields.companies")}</th>
          <th scope="col">{t("agencies.fields.persons")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("common.actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {agencies.map((agency) => (
          <tr key={agency.id}>
            <th scope="row" className="cell-name">
              {agency.website && /^https?:\/\//i.test(agency.website) ? (
                <a href={agency.website} target="_blank" rel="noopener noreferrer">
                  {agency.name}
                </a>
              ) : (
                agency.name
              )}
            </th>
            <td>{countryName(agency.country, language)}</td>
            <td>
              {agency.sealStatus === "certified" && agency.sealWarning === "expired" && agency.sealValidUntil
                ? t("agencies.sealCertifiedExpired", { date: formatDate(agency.sealValidUntil, language) })
                : t(`agencies.sealStatus.${agency.sealStatus}`)}
            </td>
            <td className="cell-nowrap">
              {agency.sealValidUntil ? (
                formatDate(agency.sealValidUntil, language)
              ) : (
                <span className="text-muted">–</span>
              )}
            </td>
            <td>
              <SealWarningBadge warning={agency.sealWarning} />
            </td>
            <td>{agency.companyCount}</td>
            <td>{agency.personCount}</td>
            <td>
              <Button
                variant="quiet"
                className="button-small"
                aria-label={t("agencies.editLabel", { name: agency.name })}
                onClick={() => onEdit(agency)}
              >
                {t("common.edit")}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
