import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { staleRecordOf } from "#client/lib/conflict.ts";
import { paths } from "#shared/api/paths.ts";
import { type Person, PersonSchema, type PersonUpdate } from "#shared/schemas/person.ts";
import { personQueries } from "./get-persons.ts";

type UpdatePersonInput = { id: string; changes: PersonUpdate };

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  const store = (person: Person) => {
    queryClient.setQueryData(personQueries.detail(person.id).queryKey, person);
    void queryClient.invalidateQueries({ queryKey: personQueries.lists() });
  };
  return useMutation({
    mutationFn: ({ id, changes }: UpdatePersonInput) => api.patch(paths.person(id), changes, PersonSchema),
    onSuccess: store,
    onError: (error) => {
      const current = staleRecordOf(error, PersonSchema);
      if (current) store(current);
    },
  });
}
