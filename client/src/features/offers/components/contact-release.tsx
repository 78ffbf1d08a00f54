import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Placement } from "#shared/schemas/placement.ts";
import { useReleaseContact } from "../api/change-placement.ts";
import "../messages.ts";

/** The release of name and contact to the company: the record once given, else the one-click button. */
export function ContactRelease({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const release = useReleaseContact();
  if (placement.contactReleasedAt)
    return (
      <p className="placement-card-meta contact-release">
        {t("offers.contactRelease.released", {
          date: formatDate(placement.contactReleasedAt, language),
          by: placement.contactReleasedBy?.name ?? "",
        })}
      </p>
    );
  if (placement.stage !== "accepted" && placement.stage !== "running" && placement.stage !== "completed")
    return null;
  const name = placement.personName;
  const company = placement.companyName;
  return (
    <div className="contact-release">
      <span className="badge badge-warning">{t("offers.contactRelease.awaiting")}</span>
      {placement.canReleaseContact ? (
        <Button
          variant="primary"
          className="button-small"
          busy={release.isPending}
          aria-label={t("offers.contactRelease.releaseLabel", { name, company })}
          onClick={() =>
            release.mutate(placement, {
              onSuccess: () => showToast(t("offers.contactRelease.releasedToast", { name, company })),
              onError: (error) => showToast(errorMessage(error), "error"),
            })
          }
        >
          {t("offers.contactRelease.release")}
        </Button>
      ) : (
        <span className="text-muted">{t("offers.contactRelease.noConsent")}</span>
      )}
    </div>
  );
}
