import type { DataRouter } from "react-router";
import { authQueries } from "../features/auth/api/get-me.ts";
import { onUnauthenticated } from "../lib/api-client.ts";
import { queryClient } from "../lib/query-client.ts";
import { signInPath } from "./session.ts";

export function watchSessionExpiry(router: DataRouter): () => void {
  return onUnauthenticated(() => {
    const { pathname, search } = router.state.navigation.location ?? router.state.location;
    queryClient.setQueryData(authQueries.me().queryKey, null);
    if (pathname === "/login") return;
    void Promise.resolve(router.navigate(signInPath(pathname + search, true), { replace: true })).then(() =>
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authQueries.all[0] }),
    );
  });
}
