import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotTranslated } from "@/components/forms/fields";
import { Mixed } from "@/components/stances/Mixed";
import { adminIssues } from "@/db/queries/admin";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { requireEditor } from "../_lib/auth";
import { clusterNames } from "../_lib/labels";
import { AdminListPage } from "../_lib/list-page";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEntities" });
  return { title: t("issues.title") };
}

export default async function AdminIssuesPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminEntities");
  const cluster = await clusterNames();
  const ko = locale === "ko";
  return (
    <AdminListPage
      title={t("issues.title")}
      add={{ href: "/admin/issues/new", label: t("issues.add") }}
      caption={t("issues.caption")}
      rows={adminIssues()}
      rowKey={(i) => i.slug}
      edit={(i) => ({ href: `/admin/issues/${i.slug}`, name: (ko && i.titleKo) || i.title })}
      columns={[
        { header: t("issues.colOrder"), className: "tabular-nums", cell: (i) => i.displayOrder },
        {
          header: t("issues.colIssue"),
          cell: (i) => (
            <span lang="en">
              <span className="font-medium">{i.title}</span>
              <span className="block font-mono text-xs text-slate-500">{i.slug}</span>
            </span>
          ),
        },
        {
          header: t("issues.colKorean"),
          cell: (i) => (
            <>
              {i.titleKo ? <Mixed text={i.titleKo} locale="ko" /> : <NotTranslated />}
              {i.titleKo && (i.definitionKo === null || i.scaleKo.some((l) => !l)) && <NotTranslated />}
            </>
          ),
        },
        { header: t("issues.colCluster"), cell: (i) => cluster(i.cluster) },
        {
          header: t("issues.colScale"),
          className: "text-xs text-slate-700",
          cell: (i) =>
            ko && i.scaleKo[0] && i.scaleKo[4] ? <Mixed text={`${i.scaleKo[0]} … ${i.scaleKo[4]}`} locale="ko" /> : <span lang="en">{`${i.scale[0]} … ${i.scale[4]}`}</span>,
        },
      ]}
    />
  );
}
