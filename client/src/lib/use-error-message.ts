import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "./api-error.ts";
import { conflictMessageKey } from "./conflict.ts";

export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) return t("errors.unexpected");
      if (error.code === "too_many_requests" && error.retryAfterSeconds !== null) {
        return t("errors.tooManyRequestsIn", { count: error.retryAfterSeconds });
      }
      const conflictKey = conflictMessageKey(error);
      if (conflictKey) return t(conflictKey);
      return t(`errors.codes.${error.code}`);
    },
    [t],
  );
}
