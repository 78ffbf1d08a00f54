import { useMutation } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { StaffRequestSchema } from "#shared/schemas/staff-request.ts";

/** Asks for the reset; it takes effect once a second admin or a manager confirms it on "Freigaben". */
export function useRequestSecondFactorReset() {
  return useMutation({
    mutationFn: (id: string) => api.post(paths.userSecondFactorReset(id), {}, StaffRequestSchema),
  });
}
