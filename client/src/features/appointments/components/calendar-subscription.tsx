import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { formatDateTime } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { useRevokeCalendarFeed, useRotateCalendarFeed } from "../api/change-appointment.ts";
import { useCalendarFeed } from "../api/get-appointments.ts";

export function CalendarSubscription() {
  const { t } = useTranslation();
  const language = useLanguage();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const feed = useCalendarFeed();
  const rotate = useRotateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const onError = (error: unknown) => showToast(errorMessage(error), "error");
  return (
    <Section id="calendar-feed" title={t("appointments.feed.title")}>
      <p className="muted">{t("appointments.feed.description")}</p>
      {feed.isPending ? (
        <Loading />
      ) : feed.isError ? (
        <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />
      ) : (
        <>
          <p>
            {feed.data.active && feed.data.createdAt
              ? t("appointments.feed.active", { date: formatDateTime(feed.data.createdAt, language) })
              : t("appointments.feed.inactive")}
            {feed.data.lastFetchedAt &&
              ` ${t("appointments.feed.lastFetched", { date: formatDateTime(feed.data.lastFetchedAt, language) })}`}
          </p>
          {url && (
            <TextField
              label={t("appointments.feed.urlLabel")}
              value={url}
              readOnly
              onFocus={(event) => event.target.select()}
            />
          )}
          <div className="form-actions">
            <Button
              busy={rotate.isPending}
              onClick={() =>
                rotate.mutate(undefined, { onSuccess: (created) => setUrl(created.url), onError })
              }
            >
              {feed.data.active ? t("appointments.feed.rotate") : t("appointments.feed.create")}
            </Button>
            {feed.data.active && (
              <Button
                variant="danger"
                busy={revoke.isPending}
                onClick={() =>
                  revoke.mutate(undefined, {
                    onSuccess: () => {
                      setUrl(null);
                      showToast(t("appointments.feed.revoked"));
                    },
                    onError,
                  })
                }
              >
                {t("appointments.feed.revoke")}
              </Button>
            )}
          </div>
        </>
      )}
    </Section>
  );
}
