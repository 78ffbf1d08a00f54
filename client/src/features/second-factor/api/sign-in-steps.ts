import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type ChangeOwnPassword,
  EnrolmentSchema,
  RecoveryCodesSchema,
  type SignInState,
  SignInStateSchema,
} from "#shared/schemas/auth.ts";
import { authQueries } from "../../auth/api/get-me.ts";

const ConfirmedEnrolmentSchema = SignInStateSchema.extend(RecoveryCodesSchema.shape);

function useSetState() {
  const queryClient = useQueryClient();
  return (state: SignInState) => queryClient.setQueryData(authQueries.me().queryKey, state);
}

export function useVerifyCode() {
  const setState = useSetState();
  return useMutation({
    mutationFn: (code: string) => api.post(paths.secondFactor, { code }, SignInStateSchema),
    onSuccess: setState,
  });
}

export function useStartEnrolment() {
  return useMutation({ mutationFn: () => api.post(paths.secondFactorEnrolment, {}, EnrolmentSchema) });
}

/** The recovery codes show before the session moves on, so the new state is kept until they are read. */
export function useConfirmEnrolment() {
  return useMutation({
    mutationFn: (code: string) =>
      api.post(paths.secondFactorEnrolmentConfirm, { code }, ConfirmedEnrolmentSchema),
  });
}

export function useApplyState() {
  return useSetState();
}

export function useChangeOwnPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangeOwnPassword) => api.post(paths.ownPassword, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authQueries.me().queryKey }),
  });
}
