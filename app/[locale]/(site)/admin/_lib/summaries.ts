import "server-only";
/**
 * The one-line summaries of audit entries and drafts in the page's language. The audit log keeps the English
 * summary it stored; the page says the same thing again from the entry's action, entity and snapshots (and a draft's
 * from its proposed change). Issues are named by their title in the page's language (the stored text has slugs).
 * An entry whose snapshots do not say enough keeps its stored text (shown as English).
 */
import { getLocale, getTranslations } from "next-intl/server";
import type { DraftSubject } from "@/db/mutations/drafts";
import { listIssues } from "@/db/queries/reference";
import { formatDate } from "@/lib/dates";
import { josa } from "@/lib/i18n/josa";

type Snap = Record<string, unknown> | null;
type Entry = { action: string; entityType: string; before: Snap; after: Snap; revertsId: number | null };

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/** Issue titles by slug in the page's language (a slug no longer known is shown as it is). */
function issueTitles(locale: string): (slug: string) => string {
  const titles = new Map(listIssues(locale === "ko" ? "ko" : "en").map((i) => [i.slug, i.title]));
  return (slug) => titles.get(slug) ?? slug;
}

/** What each audited entity type is called in the page's language (the audit log's filter and its summaries). */
export function auditEntityNames(t: Awaited<ReturnType<typeof getTranslations<"AdminPages">>>): Record<string, string> {
  return {
    stance: t("audit.entityName.stance"),
    actor: t("audit.entityName.actor"),
    issue: t("audit.entityName.issue"),
    event: t("audit.entityName.event"),
    user: t("audit.entityName.user"),
    setting: t("audit.entityName.setting"),
    draft: t("audit.entityName.draft"),
  };
}

export async function auditSummaries(): Promise<(e: Entry) => string | null> {
  const t = await getTranslations("AdminPages");
  const locale = await getLocale();
  const date = (iso: unknown) => (typeof iso === "string" ? formatDate(iso, locale) : "");
  const title = issueTitles(locale);
  const entityName = auditEntityNames(t);

  /** What the entry is about, as a noun phrase ("ROK on sequencing from 1 Mar 2019", "the actor ROK"). */
  const subject = (type: string, s: Snap): string | null => {
    if (!s) return null;
    switch (type) {
      case "stance": {
        const actor = str(s.actor), issue = str(s.issue), from = str(s.validFrom);
        if (!actor || !issue || !from) return null;
        return t("audit.summary.stance", { actor, issue: title(issue), counterpart: str(s.counterpart) ?? "none", date: date(from) });
      }
      case "actor":
        return str(s.code) && t("audit.summary.actor", { code: str(s.code)! });
      case "issue":
        return str(s.title) && t("audit.summary.issue", { title: (locale === "ko" && str(s.titleKo)) || str(s.title)! });
      case "event":
        return str(s.title) && t("audit.summary.event", { title: (locale === "ko" && str(s.titleKo)) || str(s.title)! });
      case "user":
        return str(s.username) && t("audit.summary.user", { username: str(s.username)! });
    }
    return null;
  };

  return (e) => {
    const s = subject(e.entityType, e.after ?? e.before);
    if (e.entityType === "setting") {
      const required = e.after?.reviewRequired;
      if (typeof required !== "boolean") return null;
      return required ? t("audit.summary.reviewOn") : t("audit.summary.reviewOff");
    }
    if (!s) return null;
    switch (e.action) {
      case "create":
        if (e.entityType === "stance") return t("audit.summary.record", { what: s });
        return e.entityType === "user" && (e.after?.role === "admin" || e.after?.role === "editor")
          ? t("audit.summary.createUser", { role: e.after.role === "admin" ? t("audit.summary.admin") : t("audit.summary.editor"), what: s })
          : t("audit.summary.create", { what: s });
      case "update":
        return e.entityType === "stance" ? t("audit.summary.correct", { what: s }) : t("audit.summary.update", { what: s });
      case "disable":
        return t("audit.summary.disable", { what: s });
      case "enable":
        return t("audit.summary.enable", { what: s });
      case "reset-password":
        return t("audit.summary.resetPassword", { what: s });
      case "change-password":
        return t("audit.summary.changePassword", { what: s });
      case "revert":
        if (e.revertsId === null) return null;
        return e.after === null
          ? t("audit.summary.revertRemoved", { id: String(e.revertsId), entity: entityName[e.entityType] ?? e.entityType, what: s })
          : josa(t("audit.summary.revertRestored", { id: String(e.revertsId), what: s }));
    }
    return null;
  };
}

/** A draft's proposed change in a few words: the stance's series and start, or the event's title and date. */
export async function draftSubjectTexts(): Promise<(s: DraftSubject | undefined) => string | null> {
  const t = await getTranslations("AdminPages");
  const locale = await getLocale();
  const title = issueTitles(locale);
  return (s) => {
    if (!s) return null;
    if (s.kind === "event") return t("review.subjectEvent", { title: (locale === "ko" && s.titleKo) || s.title, date: formatDate(s.date, locale) });
    return t("review.subjectStance", { actor: s.actor, issue: title(s.issue), counterpart: s.counterpart ?? "none", date: formatDate(s.validFrom, locale) });
  };
}
