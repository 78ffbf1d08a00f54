import { useEffect } from "react";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { loadAppMessages } from "#client/lib/i18n.ts";
import { Forbidden } from "./forbidden.tsx";
import { NotFound } from "./not-found.tsx";
import { UnexpectedError } from "./unexpected-error.tsx";

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 403) return <Forbidden />;
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return <UnexpectedError error={error} />;
}

/** Also on the sign-in page, whose bundle lacks the core catalogue with the error texts. */
export function RootError() {
  useEffect(() => {
    void loadAppMessages().catch(() => undefined);
  }, []);
  return (
    <main className="standalone-page">
      <RouteError />
    </main>
  );
}
