import { getLocale, getTranslations } from "next-intl/server";
import type { ShareTarget } from "@/lib/share";
import { ShareDialogButton } from "./ShareDialogButton";

/**
 * "Share" in the page's language: the link and the embed code of the view in that language, the embed's iframe
 * title from the catalogue unless the view names it, and the dialog's texts as props (catalogue "Share").
 */
export async function ShareButton({ target }: { target: ShareTarget }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Share")]);
  const titles = { matrix: t("embedMatrix"), compare: t("embedCompare"), divergence: t("embedDivergence") };
  const embed = target.embed && { kind: target.embed.kind, title: target.embed.title ?? titles[target.embed.kind] };
  return (
    <ShareDialogButton
      target={{ ...target, embed, lang: locale }}
      labels={{
        share: t("share"),
        title: t("title"),
        close: t("close"),
        link: t("link"),
        copyLink: t("copyLink"),
        linkCopied: t("linkCopied"),
        linkFailed: t("linkFailed"),
        embed: t("embed"),
        copyEmbed: t("copyEmbed"),
        embedCopied: t("embedCopied"),
        embedFailed: t("embedFailed"),
      }}
    />
  );
}
