import { useTranslation } from "react-i18next";
import type { CompanyContact } from "#shared/schemas/company.ts";
import "../messages.ts";

export function CompanyContactsView({ contacts }: { contacts: CompanyContact[] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) return <p className="text-muted">{t("portal.company.noContacts")}</p>;
  return (
    <ul className="contact-cards">
      {contacts.map((contact) => (
        <li key={`${contact.name}|${contact.email ?? ""}|${contact.phone ?? ""}`} className="contact-card">
          <p className="contact-name">{contact.name}</p>
          {contact.function && <p className="text-muted">{contact.function}</p>}
          {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
          {contact.phone && <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a>}
        </li>
      ))}
    </ul>
  );
}
