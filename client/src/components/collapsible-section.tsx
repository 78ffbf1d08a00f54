import { type ReactNode, useState } from "react";
import { useStoredOpen } from "../lib/use-stored-open.ts";

type CollapsibleSectionProps = { id: string; title: string; openByDefault?: boolean; children: ReactNode };

/**
 * A section whose heading is a disclosure button; open or closed is remembered per section. A closed
 * section renders its content when first opened (and keeps it): "Meine Aufgaben" does not build a hundred
 * hidden rows before its first paint.
 */
export function CollapsibleSection({ id, title, openByDefault = true, children }: CollapsibleSectionProps) {
  const [open, setOpen] = useStoredOpen(id, openByDefault);
  const [rendered, setRendered] = useState(open);
  if (open && !rendered) setRendered(true);
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
        {rendered && children}
      </div>
    </section>
  );
}
