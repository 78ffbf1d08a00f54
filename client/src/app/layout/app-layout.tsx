import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useNavigation } from "react-router";
import { Loading } from "../../components/loading.tsx";
import { useMe } from "../../features/auth/api/get-me.ts";
import { AppHeader } from "./app-header.tsx";
import { PrimaryNav } from "./primary-nav.tsx";

function useFocusMainOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (pathname) mainRef.current?.focus({ preventScroll: false });
  }, [pathname]);
  return mainRef;
}

export function AppLayout() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const navigation = useNavigation();
  const mainRef = useFocusMainOnNavigation();
  if (!user) return <Loading />;
  return (
    <div className="app-shell">
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <AppHeader user={user} />
      <PrimaryNav role={user.role} />
      {navigation.state === "loading" && <div className="progress-bar" aria-hidden="true" />}
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <Outlet />
      </main>
    </div>
  );
}
