import { useTranslation } from "react-i18next";
import { formatNumber } from "../lib/format.ts";
import { useErrorMessage } from "../lib/use-error-message.ts";
import { useLanguage } from "../lib/use-language.ts";
import { Button } from "./button.tsx";

type LoadMoreProps = {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  onLoadMore: () => void;
};

export function LoadMore({ shown, hasMore, loading, error, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  return (
    <div className="load-more">
      <p className="load-more-count" aria-live="polite">
        {t(hasMore ? "common.shownSoFar" : "common.shownAll", {
          count: shown,
          formatted: formatNumber(shown, language),
        })}
      </p>
      {error !== null && error !== undefined && (
        <p className="field-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      {hasMore && (
        <Button onClick={onLoadMore} busy={loading}>
          {loading ? t("common.loading") : t("common.loadMore")}
        </Button>
      )}
    </div>
  );
}
