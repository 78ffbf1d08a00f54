import { useTranslation } from "react-i18next";
import { Alert } from "./alert.tsx";
import { Button } from "./button.tsx";

export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      tone="warning"
      action={
        <Button variant="secondary" onClick={onReload}>
          {t("common.reload")}
        </Button>
      }
    >
      {t("errors.conflicts.stale_version")}
    </Alert>
  );
}
