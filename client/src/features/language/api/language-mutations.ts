import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type LanguageEntryCreate,
  LanguageEntrySchema,
  type LanguageSessionCreate,
  LanguageSessionResultSchema,
} from "#shared/schemas/language.ts";

/** A write changes the person's German level and gap flag too, so every persons query is refreshed. */
function useRefreshPersons() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryRoots.persons });
}

export function useCreateLanguageEntry(personId: string) {
  const refresh = useRefreshPersons();
  return useMutation({
    mutationFn: (entry: LanguageEntryCreate) =>
      api.post(paths.personLanguage(personId), entry, LanguageEntrySchema),
    onSuccess: refresh,
  });
}

export function useDeleteLanguageEntry(personId: string) {
  const refresh = useRefreshPersons();
  return useMutation({
    mutationFn: (entryId: string) => api.del(paths.personLanguageEntry(personId, entryId)),
    onSuccess: refresh,
  });
}

export function useRecordLanguageSession() {
  const refresh = useRefreshPersons();
  return useMutation({
    mutationFn: (session: LanguageSessionCreate) =>
      api.post(paths.languageSessions, session, LanguageSessionResultSchema),
    onSuccess: refresh,
  });
}
