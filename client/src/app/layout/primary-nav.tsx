import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import type { Role } from "#shared/auth/roles.ts";
import { navigationFor } from "../navigation.ts";

export function PrimaryNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <nav className="primary-nav" aria-label={t("nav.label")}>
      <ul className="primary-nav-list">
        {navigationFor(role).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === "/"} className="primary-nav-link">
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
