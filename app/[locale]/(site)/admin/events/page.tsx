import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotTranslated } from "@/components/forms/fields";
import { Mixed } from "@/components/stances/Mixed";
import { adminEvents } from "@/db/queries/admin";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { formatDate } from "@/lib/dates";
import { requireEditor } from "../_lib/auth";
import { AdminListPage } from "../_lib/list-page";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEntities" });
  return { title: t("events.title") };
}

export default async function AdminEventsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminEntities");
  return (
    <AdminListPage
      title={t("events.title")}
      add={{ href: "/admin/events/new", label: t("events.add") }}
      caption={t("events.caption")}
      rows={adminEvents()}
      rowKey={(e) => e.id}
      edit={(e) => ({ href: `/admin/events/${e.id}`, name: (locale === "ko" && e.titleKo) || e.title })}
      columns={[
        {
          header: t("events.colDate"),
          className: "whitespace-nowrap",
          cell: (e) => (
            <>
              {formatDate(e.date, locale)}
              {e.endDate && <span className="block text-xs text-slate-500">{t("events.to", { date: formatDate(e.endDate, locale) })}</span>}
            </>
          ),
        },
        { header: t("events.colEvent"), className: "font-medium", cell: (e) => <span lang="en">{e.title}</span> },
        { header: t("events.colKorean"), cell: (e) => (e.titleKo ? <Mixed text={e.titleKo} locale="ko" /> : <NotTranslated />) },
        { header: t("events.colActors"), className: "text-xs", cell: (e) => e.actors.join(", ") },
      ]}
    />
  );
}
