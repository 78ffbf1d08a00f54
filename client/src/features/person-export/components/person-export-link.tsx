import { useTranslation } from "react-i18next";
import { ButtonLink } from "#client/components/button.tsx";
import "../messages.ts";

/** On the person page: opens the printable Art. 15 export. */
export function PersonExportLink({ personId }: { personId: string }) {
  const { t } = useTranslation();
  return (
    <ButtonLink className="no-print" to={`/persons/${encodeURIComponent(personId)}/export`}>
      {t("personExport.open")}
    </ButtonLink>
  );
}
