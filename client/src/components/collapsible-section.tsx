import type { ReactNode } from "react";
import { useStoredOpen } from "../lib/use-stored-open.ts";

type CollapsibleSectionProps = { id: string; title: string; openByDefault?: boolean; children: ReactNode };

/** A section whose heading is a disclosure button; open or closed is remembered per section. */
export function CollapsibleSection({ id, title, openByDefault = true, children }: CollapsibleSectionProps) {
  const [open, setOpen] = useStoredOpen(id, openByDefault);
  return (
    <section className="section card section-collapsible" id={id} aria-labelledby={`${id}-title`}>
      <h2 className="section-title">
        <button
          type="button"
          id={`${id}-title`}
          className="section-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          {title}
        </button>
      </h2>
      <div id={`${id}-body`} className="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
