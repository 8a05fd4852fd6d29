import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Messages } from "@/messages";

/**
 * next-intl's provider for the client components below it, with only the namespaces they use: the rest of the
 * catalogue never reaches the browser (the layout has no provider, so pages that need none carry none).
 */
export async function ClientMessages({ namespaces, children }: { namespaces: (keyof Messages)[]; children: React.ReactNode }) {
  const all = (await getMessages()) as Messages;
  const picked: Partial<Messages> = {};
  for (const ns of namespaces) Object.assign(picked, { [ns]: all[ns] });
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
