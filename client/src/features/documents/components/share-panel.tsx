import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { DocumentShareOption } from "#shared/schemas/document.ts";
import { useDocumentShares, useToggleShare } from "../api/document-shares.ts";

function ShareState({ option }: { option: DocumentShareOption }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (option.visibleToEmployer)
    return (
      <span className="badge badge-accent">
        {t("documents.sharing.visible", { date: formatDate(option.sharedAt ?? "", language) })}
      </span>
    );
  if (option.shared) return <span className="badge badge-warning">{t("documents.sharing.hidden")}</span>;
  if (!option.contactReleased)
    return <span className="text-muted">{t("documents.sharing.notReleased")}</span>;
  return <span className="text-muted">{t("documents.sharing.notShared")}</span>;
}

/** The person's placements: share this document with a company once its contact is released, or stop sharing. */
export function SharePanel({ documentId, name }: { documentId: string; name: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const shares = useDocumentShares(documentId);
  const toggle = useToggleShare(documentId);
  if (shares.isPending) return <Loading />;
  if (shares.isError) return <ErrorState error={shares.error} onRetry={() => void shares.refetch()} />;
  const { sharingConsent, items } = shares.data;
  return (
    <div className="stack">
      <h3>{t("documents.sharing.title", { name })}</h3>
      {!sharingConsent && <p className="text-muted">{t("documents.sharing.noConsent")}</p>}
      {items.length === 0 ? (
        <p className="text-muted">{t("documents.sharing.noPlacements")}</p>
      ) : (
        <ul className="plain-list stack">
          {items.map((option) => (
            <li key={option.placementId} className="button-row">
              <span>
                {option.companyName} · {option.offerTitle}
              </span>
              <ShareState option={option} />
              {(option.shared || option.canShare) && (
                <Button
                  variant="quiet"
                  busy={toggle.isPending && toggle.variables?.placementId === option.placementId}
                  aria-label={t(
                    option.shared ? "documents.sharing.unshareWith" : "documents.sharing.shareWith",
                    {
                      company: option.companyName,
                    },
                  )}
                  onClick={() =>
                    toggle.mutate(
                      { placementId: option.placementId, share: !option.shared },
                      {
                        onSuccess: () =>
                          toast(t(option.shared ? "documents.sharing.unshared" : "documents.sharing.shared")),
                        onError: (error) => toast(errorMessage(error), "error"),
                      },
                    )
                  }
                >
                  {t(option.shared ? "documents.sharing.unshare" : "documents.sharing.share")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
