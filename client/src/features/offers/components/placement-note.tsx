import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import type { Placement } from "#shared/schemas/placement.ts";
import { useUpdatePlacementNote } from "../api/change-placement.ts";
import "../messages.ts";

/** The advisor's own note on a proposal: shown on the card, edited in place (employers never see it). */
export function PlacementNote({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const update = useUpdatePlacementNote();
  const fieldId = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(placement.advisorNote ?? "");
  const name = placement.personName;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { id: placement.id, body: { version: placement.version, advisorNote: text.trim() || null } },
      {
        onSuccess: () => {
          showToast(t("offers.note.saved", { name }));
          setEditing(false);
        },
        onError: (error) => showToast(errorMessage(error), "error"),
      },
    );
  };
  if (!editing)
    return (
      <div className="placement-note">
        {placement.advisorNote && (
          <p className="placement-card-meta">{t("offers.note.text", { text: placement.advisorNote })}</p>
        )}
        <div className="button-row">
          <Button
            variant="quiet"
            className="button-small"
            aria-label={t(placement.advisorNote ? "offers.note.editLabel" : "offers.note.addLabel", { name })}
            onClick={() => {
              setText(placement.advisorNote ?? "");
              setEditing(true);
            }}
          >
            {placement.advisorNote ? t("offers.note.edit") : t("offers.note.add")}
          </Button>
        </div>
      </div>
    );
  return (
    <form className="placement-note" onSubmit={onSubmit} aria-label={t("offers.note.editLabel", { name })}>
      <label className="field-label" htmlFor={fieldId}>
        {t("offers.note.label")}
      </label>
      <textarea
        id={fieldId}
        className="input textarea"
        rows={3}
        maxLength={2000}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="button-row">
        <Button type="submit" variant="primary" className="button-small" busy={update.isPending}>
          {t("common.save")}
        </Button>
        <Button className="button-small" onClick={() => setEditing(false)}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
