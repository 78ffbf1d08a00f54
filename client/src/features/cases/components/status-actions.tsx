import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { Dialog } from "#client/components/dialog.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { isStaleVersion } from "#client/lib/conflict.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { type CaseStatus, caseTransitions } from "#shared/reference/cases.ts";
import type { Case } from "#shared/schemas/case.ts";
import { useChangeCase } from "../api/update-case.ts";
import { CloseCaseForm } from "./close-case-form.tsx";

type MoveKey = "start" | "pause" | "resume" | "close";

function moveKeyOf(from: CaseStatus, to: CaseStatus): MoveKey {
  if (to === "closed") return "close";
  if (to === "on_hold") return "pause";
  return from === "new" ? "start" : "resume";
}

export function StatusActions({ item }: { item: Case }) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const changeCase = useChangeCase();
  const [closing, setClosing] = useState(false);
  const [conflict, setConflict] = useState(false);

  const onError = (error: unknown) => {
    if (isStaleVersion(error)) setConflict(true);
    else showToast(errorMessage(error), "error");
  };
  const move = (to: CaseStatus) => {
    setConflict(false);
    changeCase.mutate(
      { kind: "transition", id: item.id, body: { version: item.version, to } },
      {
        onSuccess: (saved) =>
          showToast(t("cases.statusChanged", { status: t(`caseStatus.${saved.status}`) })),
        onError,
      },
    );
  };
  const reopen = () => {
    setConflict(false);
    changeCase.mutate(
      { kind: "reopen", id: item.id, body: { version: item.version } },
      { onSuccess: () => showToast(t("cases.reopened")), onError },
    );
  };

  return (
    <div className="status-actions">
      {conflict && <ConflictAlert onReload={() => setConflict(false)} />}
      <div className="button-row">
        {caseTransitions[item.status].map((to) =>
          to === "closed" ? (
            <Button key={to} variant="primary" onClick={() => setClosing(true)}>
              {t("cases.moves.close")}
            </Button>
          ) : (
            <Button key={to} busy={changeCase.isPending} onClick={() => move(to)}>
              {t(`cases.moves.${moveKeyOf(item.status, to)}`)}
            </Button>
          ),
        )}
        {item.status === "closed" && (
          <Button busy={changeCase.isPending} onClick={reopen}>
            {t("cases.moves.reopen")}
          </Button>
        )}
      </div>
      <Dialog open={closing} title={t("cases.closeTitle")} onClose={() => setClosing(false)}>
        <CloseCaseForm item={item} onDone={() => setClosing(false)} onConflict={() => setConflict(true)} />
      </Dialog>
    </div>
  );
}
