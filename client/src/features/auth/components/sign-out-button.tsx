import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Button } from "#client/components/button.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { authQueries } from "../api/get-me.ts";
import { useLogout } from "../api/logout.ts";

export function SignOutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const logout = useLogout();

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: async () => {
        await navigate("/login", { replace: true });
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authQueries.all[0] });
      },
      onError: (error) => showToast(errorMessage(error), "error"),
    });

  return (
    <Button variant="quiet" className="sign-out" busy={logout.isPending} onClick={signOut}>
      {t("auth.signOut")}
    </Button>
  );
}
