import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { Dialog } from "#client/components/dialog.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { conflictReasonOf } from "#client/lib/conflict.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import type { Person } from "#shared/schemas/person.ts";
import type { MergeField } from "#shared/schemas/person-merge.ts";
import { useMergePersons } from "../api/merge-persons.ts";

type MergeConfirmDialogProps = {
  open: boolean;
  survivor: Person;
  merged: Person;
  takeFromMerged: MergeField[];
  onClose: () => void;
};

const nameOf = (person: Person) => `${person.givenNames} ${person.familyName}`;
/** Why the server refused a merge, in the words of this screen (an advisor decides these first). */
const refusals = ["open_case_exists", "already_enrolled", "stale_version"] as const;

/** The last step: irreversible, so it says what happens and asks once more. */
export function MergeConfirmDialog({
  open,
  survivor,
  merged,
  takeFromMerged,
  onClose,
}: MergeConfirmDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const merge = useMergePersons();
  const names = { survivor: nameOf(survivor), merged: nameOf(merged) };
  const reason = conflictReasonOf(merge.error);
  const refusal = reason && refusals.find((known) => known === reason);
  const confirm = () =>
    merge.mutate(
      {
        survivorId: survivor.id,
        body: {
          mergedId: merged.id,
          version: survivor.version,
          mergedVersion: merged.version,
          takeFromMerged,
        },
      },
      {
        onSuccess: (result) => {
          showToast(t("personMerge.done", { ...names, survivor: nameOf(result) }));
          void navigate(`/persons/${result.id}`);
        },
      },
    );
  return (
    <Dialog open={open} title={t("personMerge.confirmTitle", names)} onClose={onClose}>
      <p>{t("personMerge.confirmText", names)}</p>
      {takeFromMerged.length > 0 && (
        <p>{t("personMerge.confirmFields", { count: takeFromMerged.length, merged: names.merged })}</p>
      )}
      {merge.error && (
        <Alert>{refusal ? t(`personMerge.refused.${refusal}`) : errorMessage(merge.error)}</Alert>
      )}
      <div className="form-actions">
        <Button variant="danger" busy={merge.isPending} onClick={confirm}>
          {t("personMerge.confirm")}
        </Button>
        <Button onClick={onClose}>{t("personMerge.cancel")}</Button>
      </div>
    </Dialog>
  );
}
