import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { AppProvider } from "./app/provider.tsx";
import { router } from "./app/router.tsx";
import { watchSessionExpiry } from "./app/session-expiry.ts";
import { initI18n } from "./lib/i18n.ts";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/records.css";
import "./styles/print.css";

await initI18n();
watchSessionExpiry(router);

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing in index.html");

createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>,
);
