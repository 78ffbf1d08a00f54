import { useTranslation } from "react-i18next";
import { useSessionUser } from "../features/auth/api/get-me.ts";
import { formatDateTime } from "../lib/format.ts";
import { useLanguage } from "../lib/use-language.ts";

/**
 * The letterhead of a printed page (hand-overs, appointments with authorities): the centre's name, what
 * the page is, who printed it and when. Shown only on paper; the print stylesheet (print.css) hides the
 * app around it, every button and every form.
 */
export function PrintHeader({ kind }: { kind: "person" | "case" | "export" }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const user = useSessionUser();
  return (
    <div className="print-only print-header">
      <p className="print-header-centre">{user.centreName}</p>
      <p className="print-header-kind">{t(`print.kind.${kind}`)}</p>
      <p className="print-header-meta">
        {t("print.printedBy", { name: user.name, date: formatDateTime(new Date(), language) })}
      </p>
      <p className="print-header-notice">{t("print.confidential")}</p>
    </div>
  );
}

/** "Drucken": the browser's print dialog, with the page laid out by print.css. */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
      {t("print.button")}
    </button>
  );
}
