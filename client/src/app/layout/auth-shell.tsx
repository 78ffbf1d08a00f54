import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DocumentTitle } from "../../components/document-title.tsx";
import { LanguageSwitch } from "../../components/language-switch.tsx";

/** The sign-in page and its further steps: brand, language switch, one card. */
export function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth-page">
      <DocumentTitle title={title} />
      <header className="auth-topbar">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            A
          </span>
          <span className="brand-name">{t("app.name")}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main className="auth-main">
        <div className="auth-card">{children}</div>
        <p className="auth-footnote">{t("app.tagline")}</p>
      </main>
    </div>
  );
}
