import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable } from "#client/components/data-table.tsx";
import type { CompanyListItem } from "#shared/schemas/company.ts";
import { CompanySealWarning } from "./seal-warning.tsx";
import "../messages.ts";

const dash = <span className="text-muted">–</span>;

export function CompaniesTable({ companies }: { companies: CompanyListItem[] }) {
  const { t } = useTranslation();
  return (
    <DataTable caption={t("companies.tableCaption")} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t("companies.fields.name")}</th>
          <th scope="col">{t("companies.fields.sector")}</th>
          <th scope="col">{t("companies.fields.chamber")}</th>
          <th scope="col">{t("companies.fields.district")}</th>
          <th scope="col">{t("companies.fields.sizeBand")}</th>
          <th scope="col">{t("companies.fields.warning")}</th>
        </tr>
      </thead>
      <tbody>
        {companies.map((company) => (
          <tr key={company.id}>
            <th scope="row" className="cell-name">
              <Link to={`/companies/${company.id}`}>{company.name}</Link>
            </th>
            <td>{t(`companies.sectors.${company.sector}`)}</td>
            <td>{company.chamber ? t(`companies.chambers.${company.chamber}`) : dash}</td>
            <td>{t(`districts.${company.district}`)}</td>
            <td className="cell-nowrap">
              {company.sizeBand ? t(`companies.sizeBands.${company.sizeBand}`) : dash}
            </td>
            <td>
              <CompanySealWarning warning={company.sealWarning} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
