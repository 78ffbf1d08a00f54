import { useTranslation } from "react-i18next";
import type { SelectColumn } from "#client/components/data-table.tsx";
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

/** The checkbox column of a list whose rows can be chosen for a bulk action; `labelOf` names a row for screen readers. */
export function selectColumn<T extends { id: string }>(
  selection: RowSelection,
  labelOf: (row: T) => string,
): SelectColumn<T> {
  return {
    header: (rows) => <ShownRowsCheckbox selection={selection} ids={rows.map((row) => row.id)} />,
    cell: (row) => <RowCheckbox selection={selection} row={{ id: row.id, label: labelOf(row) }} />,
  };
}
