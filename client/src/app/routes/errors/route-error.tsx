import { isRouteErrorResponse, useRouteError } from "react-router";
import { Forbidden } from "./forbidden.tsx";
import { NotFound } from "./not-found.tsx";
import { UnexpectedError } from "./unexpected-error.tsx";

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 403) return <Forbidden />;
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return <UnexpectedError error={error} />;
}

export function RootError() {
  return (
    <main className="standalone-page">
      <RouteError />
    </main>
  );
}
