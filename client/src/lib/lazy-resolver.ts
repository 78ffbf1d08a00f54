import type { FieldValues, Resolver } from "react-hook-form";

/**
 * A form resolver whose schema (and zod with it) arrives on first use, or when `preload` is called as the
 * form gains focus: the sign-in page shows before its checks have loaded (decision 0045).
 */
export function lazyResolver<V extends FieldValues, C, T>(load: () => Promise<Resolver<V, C, T>>) {
  let loading: Promise<Resolver<V, C, T>> | undefined;
  const loaded = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const resolver: Resolver<V, C, T> = async (values, context, options) =>
    (await loaded())(values, context, options);
  return { resolver, preload: () => void loaded().catch(() => undefined) };
}
