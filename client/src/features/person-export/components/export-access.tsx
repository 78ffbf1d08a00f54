import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ExportSection } from "./export-section.tsx";

/** The access section of the export; the table itself is the access history's, handed in by the route. */
export function ExportAccess({ count, table }: { count: number; table: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ExportSection id="access" empty={count === 0}>
      <p className="text-muted">{t("personExport.access.count", { count })}</p>
      {table}
    </ExportSection>
  );
}
