import { useMutation } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import type { PasswordReset } from "#shared/schemas/user.ts";

type ResetPasswordInput = { id: string; body: PasswordReset };

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, body }: ResetPasswordInput) => api.post(paths.userPassword(id), body),
  });
}
