import { useTranslation } from "react-i18next";
import { DataTable } from "#client/components/data-table.tsx";
import type { Centre } from "#shared/schemas/centre.ts";
import { SecondFactorSwitch } from "./second-factor-switch.tsx";
import "../messages.ts";

type CentresTableProps = { centres: Centre[]; currentCentreId: string };

export function CentresTable({ centres, currentCentreId }: CentresTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable caption={t("centres.tableCaption")} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t("centres.name")}</th>
          <th scope="col">{t("centres.district")}</th>
          <th scope="col">{t("centres.secondFactor")}</th>
        </tr>
      </thead>
      <tbody>
        {centres.map((centre) => (
          <tr key={centre.id}>
            <th scope="row" className="cell-name">
              {centre.name}
              {centre.id === currentCentreId && (
                <span className="badge badge-accent">{t("centres.yours")}</span>
              )}
            </th>
            <td>{t(`districts.${centre.district}`)}</td>
            <td>
              {centre.id === currentCentreId ? (
                <SecondFactorSwitch centre={centre} />
              ) : (
                t(centre.secondFactorRequired ? "centres.secondFactorOn" : "centres.secondFactorOff")
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
