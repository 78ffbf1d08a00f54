import { useMutation } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { UnsubscribedSchema } from "../../../../../shared/schemas/mail.ts";
import { api } from "../../../lib/api-client.ts";

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) => api.post(paths.mailUnsubscribe, { token }, UnsubscribedSchema),
  });
}
