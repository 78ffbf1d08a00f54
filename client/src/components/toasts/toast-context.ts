import { createContext, useContext } from "react";

export type ToastTone = "success" | "error";
export type Toast = { id: number; tone: ToastTone; message: string };
export type ShowToast = (message: string, tone?: ToastTone) => void;

export const ToastContext = createContext<ShowToast | null>(null);

export function useToast(): ShowToast {
  const showToast = useContext(ToastContext);
  if (!showToast) throw new Error("useToast needs a ToastProvider");
  return showToast;
}
