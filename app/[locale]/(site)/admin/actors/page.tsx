import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotTranslated } from "@/components/forms/fields";
import { Mixed } from "@/components/stances/Mixed";
import { adminActors } from "@/db/queries/admin";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { requireEditor } from "../_lib/auth";
import { AdminListPage } from "../_lib/list-page";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEntities" });
  return { title: t("actors.title") };
}

export default async function AdminActorsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminEntities");
  const ko = locale === "ko";
  return (
    <AdminListPage
      title={t("actors.title")}
      add={{ href: "/admin/actors/new", label: t("actors.add") }}
      caption={t("actors.caption")}
      rows={adminActors()}
      rowKey={(a) => a.code}
      edit={(a) => ({ href: `/admin/actors/${a.code}`, name: (ko && a.nameKo) || a.name })}
      columns={[
        { header: t("actors.colOrder"), className: "tabular-nums", cell: (a) => a.displayOrder },
        { header: t("actors.colCode"), className: "font-mono", cell: (a) => a.code },
        {
          header: t("actors.colName"),
          cell: (a) => (
            <span lang="en">
              {a.name}
              <span className="block text-xs text-slate-500">{a.shortName}</span>
            </span>
          ),
        },
        {
          header: t("actors.colKorean"),
          cell: (a) => (
            <>
              {a.nameKo ? <Mixed text={a.nameKo} locale="ko" /> : <NotTranslated />}
              <span className="block text-xs text-slate-500" data-testid={`actor-short-ko-${a.code}`}>{a.shortNameKo ? <Mixed text={a.shortNameKo} locale="ko" /> : a.nameKo ? <NotTranslated /> : null}</span>
            </>
          ),
        },
        {
          header: t("actors.colColour"),
          cell: (a) => (
            <>
              <span aria-hidden className="mr-1.5 inline-block h-3 w-3 rounded-sm align-middle ring-1 ring-black/20" style={{ backgroundColor: a.color }} />
              {/* A colour code: no language (lang="zxx"). */}
              <span className="font-mono text-xs" lang="zxx">{a.color}</span>
            </>
          ),
        },
        { header: t("actors.colStances"), className: "tabular-nums", cell: (a) => a.stanceCount },
      ]}
    />
  );
}
