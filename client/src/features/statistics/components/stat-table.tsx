import { useTranslation } from "react-i18next";
import { DataTable } from "#client/components/data-table.tsx";
import { useLanguage } from "#client/lib/use-language.ts";
import type { TableModel } from "../utils/table-model.ts";
import { cellText } from "./cell-text.ts";
import "../messages.ts";

export function StatTable({ model, caption }: { model: TableModel; caption: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const withRowHeader = model.rows.some((row) => row.label !== "");
  return (
    <DataTable caption={caption} captionHidden>
      <thead>
        <tr>
          {withRowHeader && <th scope="col">{model.rowHeader}</th>}
          {model.columns.map((column) => (
            <th key={column.key} scope="col" className="cell-number">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => (
          <tr key={row.key} data-row={row.key}>
            {withRowHeader && <th scope="row">{row.label}</th>}
            {row.cells.map((cell, index) => (
              <td key={model.columns[index]?.key ?? index} className="cell-number">
                {cellText(cell, language)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {model.totals && (
        <tfoot>
          <tr data-row="total">
            <th scope="row">{t("statistics.card.total")}</th>
            {model.totals.map((cell, index) => (
              <td key={model.columns[index]?.key ?? index} className="cell-number">
                {cellText(cell, language)}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </DataTable>
  );
}
