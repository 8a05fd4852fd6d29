import "server-only";
/** The field names of audit and review diffs (lib/admin/diff.ts writes snapshot keys: "evidence 2: url") in the page's language. */
import { getTranslations } from "next-intl/server";
import type { FieldChange } from "@/lib/admin/diff";

export async function diffLabels(): Promise<(c: FieldChange) => FieldChange> {
  const t = await getTranslations("AdminPages");
  const names: Record<string, string> = {
    code: t("fields.code"), name: t("fields.name"), shortName: t("fields.shortName"), nameKo: t("fields.nameKo"),
    shortNameKo: t("fields.shortNameKo"), color: t("fields.color"), displayOrder: t("fields.displayOrder"),
    description: t("fields.description"), descriptionKo: t("fields.descriptionKo"), slug: t("fields.slug"), title: t("fields.title"),
    titleKo: t("fields.titleKo"), cluster: t("fields.cluster"), definition: t("fields.definition"), definitionKo: t("fields.definitionKo"),
    scale: t("fields.scale"), scaleKo: t("fields.scaleKo"), key: t("fields.key"), date: t("fields.date"), endDate: t("fields.endDate"),
    confidence: t("fields.confidence"), actors: t("fields.actors"), actor: t("fields.actor"), issue: t("fields.issue"),
    counterpart: t("fields.counterpart"), validFrom: t("fields.validFrom"), validUntil: t("fields.validUntil"), position: t("fields.position"),
    salience: t("fields.salience"), summary: t("fields.summary"), summaryKo: t("fields.summaryKo"), note: t("fields.note"),
    noteKo: t("fields.noteKo"), evidence: t("fields.evidence"), publisher: t("fields.publisher"), publishedOn: t("fields.publishedOn"),
    url: t("fields.url"), paraphrase: t("fields.paraphrase"), paraphraseKo: t("fields.paraphraseKo"), quote: t("fields.quote"),
    sourceKey: t("fields.sourceKey"), username: t("fields.username"), role: t("fields.role"), disabledAt: t("fields.disabledAt"),
    disabled: t("fields.disabled"), reviewRequired: t("fields.reviewRequired"),
  };
  const ta = await getTranslations("Admin");
  const name = (k: string) => names[k] ?? k;
  // Values that are codes of a closed set are named in the page's language; everything else is data, shown as stored.
  const yesNo: Record<string, string> = { true: t("fields.yes"), false: t("fields.no") };
  const coded: Record<string, Record<string, string>> = {
    confidence: { low: ta("confidence.low"), medium: ta("confidence.medium"), high: ta("confidence.high") },
    role: { admin: ta("role.admin"), editor: ta("role.editor") },
    disabled: yesNo,
    reviewRequired: yesNo,
  };
  const value = (v: string, field?: string) => (v === "(empty)" ? t("fields.empty") : (field !== undefined && coded[field]?.[v]) || v);
  return (c) => {
    const m = /^(\w+)(?: (\d+))?(?:: (\w+))?$/.exec(c.field);
    const field = !m
      ? c.field
      : m[3] !== undefined
        ? t("fields.sub", { field: name(m[1]), n: m[2] ?? "", sub: name(m[3]) })
        : m[2] !== undefined
          ? t("fields.item", { field: name(m[1]), n: m[2] })
          : name(m[1]);
    const plain = m && m[2] === undefined && m[3] === undefined ? m[1] : undefined;
    return { field, before: value(c.before, plain), after: value(c.after, plain) };
  };
}
