import { useTranslation } from "react-i18next";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import type { Centre } from "#shared/schemas/centre.ts";
import { useSetSecondFactor } from "../api/set-second-factor.ts";

/** Only the admin's own centre can be switched; the server answers 404 for any other. */
export function SecondFactorSwitch({ centre }: { centre: Centre }) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const setSecondFactor = useSetSecondFactor();
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={centre.secondFactorRequired}
        disabled={setSecondFactor.isPending}
        onChange={(event) =>
          setSecondFactor.mutate(
            { id: centre.id, required: event.target.checked },
            {
              onSuccess: (saved) =>
                showToast(
                  t(
                    saved.secondFactorRequired
                      ? "centres.secondFactorSwitchedOn"
                      : "centres.secondFactorSwitchedOff",
                  ),
                ),
              onError: (error) => showToast(errorMessage(error), "error"),
            },
          )
        }
      />
      {t("centres.secondFactorRequired")}
    </label>
  );
}
