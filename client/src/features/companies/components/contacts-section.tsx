import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Button } from "#client/components/button.tsx";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { Section } from "#client/components/section.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { type Company, CompanyCreateSchema } from "#shared/schemas/company.ts";
import { useCompanySave } from "../api/use-company-save.ts";
import { orNull } from "./company-fields.tsx";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

const ContactsSchema = z.object({ contacts: CompanyCreateSchema.shape.contacts.unwrap() });
const MAX_CONTACTS = 20;

function ContactsForm({ company, onDone }: { company: Company; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { save, conflict, reload, pending } = useCompanySave(company, onDone);
  const { register, handleSubmit, formState, setError, control } = useForm({
    resolver: withRequiredErrors(zodResolver(ContactsSchema)),
    mode: "onTouched",
    defaultValues: { contacts: company.contacts },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "contacts" });
  const errors = formState.errors.contacts;
  const onSubmit = handleSubmit((values) => save(values, setError, ["contacts"]));
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t("companies.sections.contacts")}>
      {conflict && <ConflictAlert onReload={reload} />}
      {fields.length === 0 && <p className="text-muted">{t("companies.contacts.none")}</p>}
      <ol className="repeat-list">
        {fields.map((field, index) => (
          <li key={field.id} className="repeat-row">
            <TextField
              label={t("companies.contacts.name")}
              error={fieldError(errors?.[index]?.name)}
              {...register(`contacts.${index}.name`)}
            />
            <TextField
              label={t("companies.contacts.function")}
              error={fieldError(errors?.[index]?.function)}
              {...register(`contacts.${index}.function`, orNull)}
            />
            <TextField
              label={t("companies.contacts.email")}
              type="email"
              error={fieldError(errors?.[index]?.email)}
              {...register(`contacts.${index}.email`, orNull)}
            />
            <TextField
              label={t("companies.contacts.phone")}
              type="tel"
              error={fieldError(errors?.[index]?.phone)}
              {...register(`contacts.${index}.phone`, orNull)}
            />
            <Button
              variant="quiet"
              className="button-small repeat-remove"
              onClick={() => remove(index)}
              aria-label={t("companies.contacts.remove", { number: index + 1 })}
            >
              {t("common.remove")}
            </Button>
          </li>
        ))}
      </ol>
      {errors?.root?.message && <p className="field-error">{fieldError(errors.root)}</p>}
      {fields.length < MAX_CONTACTS && (
        <div>
          <Button
            className="button-small"
            onClick={() => append({ name: "", function: null, email: null, phone: null })}
          >
            {t("companies.contacts.add")}
          </Button>
        </div>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={pending}>
          {t("common.save")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}

export function ContactsSection({ company }: { company: Company }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const title = t("companies.sections.contacts");
  return (
    <Section
      id="contacts"
      title={title}
      actions={
        !editing && (
          <Button
            variant="quiet"
            className="button-small"
            onClick={() => setEditing(true)}
            aria-label={t("common.editSection", { section: title })}
          >
            {t("common.edit")}
          </Button>
        )
      }
    >
      {editing ? (
        <ContactsForm company={company} onDone={() => setEditing(false)} />
      ) : company.contacts.length === 0 ? (
        <p className="text-muted">{t("companies.contacts.none")}</p>
      ) : (
        <ul className="list">
          {company.contacts.map((contact, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list; two contacts may share every field
            <li key={`${contact.name}-${index}`} className="list-row">
              <span className="list-row-title">{contact.name}</span>
              {contact.function && <span className="text-muted">{contact.function}</span>}
              {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
              {contact.phone && <a href={`tel:${contact.phone.replace(/[^+0-9]/g, "")}`}>{contact.phone}</a>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
