import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type AnonymiseRequest,
  AnonymiseResultSchema,
  type LegalHold,
  LegalHoldSchema,
} from "#shared/schemas/anonymisation.ts";

type AnonymiseInput = { id: string; body: AnonymiseRequest };

/** The holds a 409 `legal_hold` names, or null for any other answer. */
export function legalHoldsOf(error: unknown): LegalHold[] | null {
  if (!isApiError(error, "conflict")) return null;
  const parsed = LegalHoldSchema.array().safeParse((error.details as { holds?: unknown } | null)?.holds);
  return parsed.success ? parsed.data : null;
}

export function useAnonymisePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: AnonymiseInput) =>
      api.post(paths.personAnonymise(id), body, AnonymiseResultSchema),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
