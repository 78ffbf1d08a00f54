import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import type { Person } from "#shared/schemas/person.ts";
import { AnonymiseDialog } from "./anonymise-dialog.tsx";
import "../messages.ts";

/** On the person page: opens the confirmation that names what goes and what stays. */
export function AnonymiseButton({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="no-print" onClick={() => setOpen(true)}>
        {t("anonymisation.open")}
      </Button>
      <AnonymiseDialog person={person} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
