import { createContext, type ReactNode, useContext } from "react";

const ReadOnly = createContext(false);

/**
 * A record nothing can change any more (an anonymised person, Art. 17): the sections inside show what is
 * kept and offer no action. `Section` drops its actions; a component with actions elsewhere asks
 * `useRecordReadOnly()`. The server refuses such writes anyway (409 `person_anonymised`).
 */
export function RecordReadOnly({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  return <ReadOnly.Provider value={readOnly}>{children}</ReadOnly.Provider>;
}

export const useRecordReadOnly = () => useContext(ReadOnly);
