import { useMutation } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { UnsubscribedSchema } from "#shared/schemas/mail.ts";

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) => api.post(paths.mailUnsubscribe, { token }, UnsubscribedSchema),
  });
}
