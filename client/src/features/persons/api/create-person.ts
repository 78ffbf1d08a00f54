import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "#client/lib/api-client.ts";
import { isApiError } from "#client/lib/api-error.ts";
import type { ConflictReason } from "#shared/api/conflict-reasons.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type DuplicateCandidate,
  DuplicateCandidateSchema,
  type PersonCreate,
  PersonSchema,
} from "#shared/schemas/person.ts";
import { personQueries } from "./get-persons.ts";

const DuplicateDetailsSchema = z.object({
  reason: z.literal("possible_duplicates" satisfies ConflictReason),
  duplicates: z.array(DuplicateCandidateSchema),
});

export function duplicatesOf(error: unknown): DuplicateCandidate[] | null {
  if (!isApiError(error, "conflict")) return null;
  const parsed = DuplicateDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data.duplicates : null;
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (person: PersonCreate) => api.post(paths.persons, person, PersonSchema),
    onSuccess: (person) => {
      queryClient.setQueryData(personQueries.detail(person.id).queryKey, person);
      return queryClient.invalidateQueries({ queryKey: personQueries.lists() });
    },
  });
}
