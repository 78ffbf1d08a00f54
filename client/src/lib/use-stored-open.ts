import { useState } from "react";

const STORAGE_PREFIX = "ankommen.group.";

/** Whether the group `id` is open, remembered in this browser across visits. */
export function useStoredOpen(id: string, openByDefault: boolean): [boolean, (open: boolean) => void] {
  const key = `${STORAGE_PREFIX}${id}`;
  const [open, setOpen] = useState(() => {
    const stored = window.localStorage.getItem(key);
    return stored === null ? openByDefault : stored === "open";
  });
  const remember = (next: boolean) => {
    setOpen(next);
    window.localStorage.setItem(key, next ? "open" : "closed");
  };
  return [open, remember];
}
