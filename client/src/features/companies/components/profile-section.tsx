import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Button } from "#client/components/button.tsx";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { DetailsList } from "#client/components/details-list.tsx";
import { Section } from "#client/components/section.tsx";
import { type Company, CompanyCreateSchema } from "#shared/schemas/company.ts";
import { useCompanySave } from "../api/use-company-save.ts";
import { CompanyProfileFields, profileFieldNames } from "./company-fields.tsx";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

const ProfileSchema = z.object({
  name: CompanyCreateSchema.shape.name,
  sector: CompanyCreateSchema.shape.sector,
  chamber: CompanyCreateSchema.shape.chamber,
  district: CompanyCreateSchema.shape.district,
  sizeBand: CompanyCreateSchema.shape.sizeBand,
  notes: CompanyCreateSchema.shape.notes,
});

function ProfileForm({ company, onDone }: { company: Company; onDone: () => void }) {
  const { t } = useTranslation();
  const { save, conflict, reload, pending } = useCompanySave(company, onDone);
  const form = useForm({
    resolver: withRequiredErrors(zodResolver(ProfileSchema)),
    mode: "onTouched",
    defaultValues: {
      name: company.name,
      sector: company.sector,
      chamber: company.chamber,
      district: company.district,
      sizeBand: company.sizeBand,
      notes: company.notes,
    },
  });
  const onSubmit = form.handleSubmit((values) => save(values, form.setError, [...profileFieldNames]));
  return (
    <FormProvider {...form}>
      <form className="form" noValidate onSubmit={onSubmit} aria-label={t("companies.sections.profile")}>
        {conflict && <ConflictAlert onReload={reload} />}
        <CompanyProfileFields />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={pending}>
            {t("common.save")}
          </Button>
          <Button onClick={onDone}>{t("common.cancel")}</Button>
        </div>
      </form>
    </FormProvider>
  );
}

export function CompanyProfileSection({ company }: { company: Company }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const title = t("companies.sections.profile");
  return (
    <Section
      id="profile"
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
        <ProfileForm company={company} onDone={() => setEditing(false)} />
      ) : (
        <DetailsList
          items={[
            { label: t("companies.fields.name"), value: company.name },
            { label: t("companies.fields.sector"), value: t(`companies.sectors.${company.sector}`) },
            { label: t("companies.fields.district"), value: t(`districts.${company.district}`) },
            {
              label: t("companies.fields.chamber"),
              value: company.chamber && t(`companies.chambers.${company.chamber}`),
            },
            {
              label: t("companies.fields.sizeBand"),
              value: company.sizeBand && t(`companies.sizeBands.${company.sizeBand}`),
            },
            {
              label: t("companies.fields.employerUsers"),
              value: company.employerUsers.map((user) => `${user.name} (${user.email})`).join(", "),
            },
            { label: t("companies.fields.notes"), value: company.notes },
          ]}
        />
      )}
    </Section>
  );
}
