import { useTranslation } from "react-i18next";

export function DocumentTitle({ title }: { title?: string }) {
  const { t } = useTranslation();
  return <title>{title ? `${title} · ${t("app.name")}` : t("app.name")}</title>;
}
