import { useMutation } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { type CaseCreate, CaseSchema } from "#shared/schemas/case.ts";
import { useStoreCase } from "./store-case.ts";

export function useCreateCase() {
  const store = useStoreCase();
  return useMutation({
    mutationFn: (input: CaseCreate) => api.post(paths.cases, input, CaseSchema),
    onSuccess: store,
  });
}
