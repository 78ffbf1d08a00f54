import { useTranslation } from "react-i18next";

type LoadingProps = { label?: string };

export function Loading({ label }: LoadingProps) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t("common.loading")}</span>
    </div>
  );
}
