import "server-only";
/** The mutations' and the import's message codes (lib/admin/messages.ts) as text in the request's language. */
import { getLocale, getTranslations } from "next-intl/server";
import { messageText, type AdminMessage } from "@/lib/admin/messages";
import { formatDate } from "@/lib/dates";
import type { RowProblem } from "@/lib/import/types";
import { issueText } from "./validation";

export async function adminMessages(): Promise<(m: AdminMessage) => string> {
  const t = await getTranslations("AdminMessages");
  const locale = await getLocale();
  return (m) => messageText(t, m, (iso) => formatDate(iso, locale));
}

/** A row error of the import: a message code, or a refused value said as the forms say it. */
export async function rowProblems(): Promise<(p: RowProblem) => string> {
  const text = await adminMessages();
  const issue = await issueText();
  return (p) => (p.key === "invalidValue" ? issue(p.issue) : text(p));
}
