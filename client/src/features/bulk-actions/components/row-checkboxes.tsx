import { useTranslation } from "react-i18next";
import type { RowSelection } from "../utils/use-row-selection.ts";
import "../messages.ts";

type Row = { id: string; label: string };

export function RowCheckbox({ selection, row }: { selection: RowSelection; row: Row }) {
  const { t } = useTranslation();
  return (
    <input
      type="checkbox"
      className="checkbox"
      checked={selection.isSelected(row.id)}
      onChange={(event) => selection.change([row.id], event.target.checked)}
      aria-label={t("bulkActions.selectRow", { name: row.label })}
    />
  );
}

export function ShownRowsCheckbox({ selection, ids }: { selection: RowSelection; ids: string[] }) {
  const { t } = useTranslation();
  const all = ids.length > 0 && ids.every(selection.isSelected);
  const some = !all && ids.some(selection.isSelected);
  return (
    <input
      type="checkbox"
      className="checkbox"
      checked={all}
      ref={(input) => {
        if (input) input.indeterminate = some;
      }}
      onChange={(event) => selection.change(ids, event.target.checked)}
      aria-label={t("bulkActions.selectShown")}
    />
  );
}
