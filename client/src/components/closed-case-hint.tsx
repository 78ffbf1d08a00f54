import { useTranslation } from "react-i18next";
import { Alert } from "./alert.tsx";

export function ClosedCaseHint() {
  const { t } = useTranslation();
  return (
    <Alert tone="info" role="status">
      {t("errors.conflicts.case_closed")}
    </Alert>
  );
}
