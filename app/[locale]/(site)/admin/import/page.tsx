import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { ImportForm } from "@/components/forms/ImportForm";
import { requireEditor } from "../_lib/auth";
import { applyImportAction, previewImportAction } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminPages" });
  return { title: t("import.meta") };
}

export default async function ImportPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminPages");
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("import.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          {t.rich("import.intro", { code: (chunks) => <code lang="en">{chunks}</code> })}
        </p>
      </div>
      <ImportForm preview={previewImportAction} apply={applyImportAction} />
    </div>
  );
}
