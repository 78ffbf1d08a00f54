import { useTranslation } from "react-i18next";
import { useErrorMessage } from "../lib/use-error-message.ts";
import { Button } from "./button.tsx";

type ErrorStateProps = { error: unknown; title?: string; onRetry?: () => void };

export function ErrorState({ error, title, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <div className="error-state" role="alert">
      <h2 className="error-state-title">{title ?? t("errors.loadFailed")}</h2>
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t("common.retry")}
        </Button>
      )}
    </div>
  );
}
