import "server-only";
/** Field lists of the actor, issue and event forms (plain data, handed to the client form), in the page's language. */
import { getTranslations } from "next-intl/server";
import type { FieldSpec } from "@/components/forms/EntityForm";
import { CLUSTERS } from "@/lib/domain";
import { ACTOR_PALETTE } from "@/lib/palette";
import { clusterNames } from "./labels";

type T = Awaited<ReturnType<typeof getTranslations<"AdminEntities">>>;

/** The key of an actor or issue (code, slug): chosen once, when the record is created, then shown read-only. */
function keyField(t: T, name: string, label: string, creating: boolean, rule: string): FieldSpec {
  return { kind: "text", name, label, required: true, readOnly: !creating, hint: creating ? rule : t("field.fixed"), lang: "en" };
}

const displayOrder = (t: T): FieldSpec => ({
  kind: "text",
  name: "displayOrder",
  label: t("field.displayOrder"),
  required: true,
  inputMode: "numeric",
  hint: t("field.displayOrderHint"),
});

/**
 * English and Korean fields side by side (the form is two columns wide): each English field is followed by its
 * Korean one, which carries `translates` so that the form marks it "not yet translated" while it is empty.
 */
export async function actorFields(creating: boolean): Promise<FieldSpec[]> {
  const t = await getTranslations("AdminEntities");
  return [
    keyField(t, "code", t("field.code"), creating, t("field.codeRule")),
    displayOrder(t),
    { kind: "text", name: "name", label: t("field.name"), required: true, hint: t("field.nameHint"), lang: "en" },
    { kind: "text", name: "nameKo", label: t("field.nameKo"), hint: t("field.nameKoHint"), lang: "ko", translates: "name" },
    { kind: "text", name: "shortName", label: t("field.shortName"), required: true, hint: t("field.shortNameHint"), lang: "en" },
    { kind: "text", name: "shortNameKo", label: t("field.shortNameKo"), hint: t("field.shortNameKoHint"), lang: "ko", translates: "shortName" },
    { kind: "colour", name: "color", label: t("field.colour"), hint: t("field.colourHint"), options: [...ACTOR_PALETTE] },
    { kind: "textarea", name: "description", label: t("field.description"), rows: 3, lang: "en", half: true },
    { kind: "textarea", name: "descriptionKo", label: t("field.descriptionKo"), rows: 3, lang: "ko", half: true, translates: "description" },
  ];
}

export async function issueFields(creating: boolean): Promise<FieldSpec[]> {
  const t = await getTranslations("AdminEntities");
  const clusterName = await clusterNames();
  const en = [t("field.scale0"), t("field.scale1"), t("field.scale2"), t("field.scale3"), t("field.scale4")];
  const ko = [t("field.scaleKo0"), t("field.scaleKo1"), t("field.scaleKo2"), t("field.scaleKo3"), t("field.scaleKo4")];
  return [
    keyField(t, "slug", t("field.slug"), creating, t("field.slugRule")),
    { kind: "select", name: "cluster", label: t("field.cluster"), options: CLUSTERS.map((c) => ({ value: c.id, label: clusterName(c.id) })) },
    { kind: "text", name: "title", label: t("field.title"), required: true, lang: "en" },
    { kind: "text", name: "titleKo", label: t("field.titleKo"), lang: "ko", translates: "title" },
    displayOrder(t),
    { kind: "textarea", name: "definition", label: t("field.definition"), required: true, rows: 3, lang: "en", half: true },
    { kind: "textarea", name: "definitionKo", label: t("field.definitionKo"), rows: 3, lang: "ko", half: true, translates: "definition" },
    ...[0, 1, 2, 3, 4].flatMap((i): FieldSpec[] => [
      { kind: "textarea", name: `scale[${i}]`, label: en[i], required: true, rows: 2, lang: "en", half: true },
      { kind: "textarea", name: `scaleKo[${i}]`, label: ko[i], rows: 2, lang: "ko", half: true, translates: `scale[${i}]` },
    ]),
  ];
}

export async function eventFields(actors: { code: string; shortName: string }[]): Promise<FieldSpec[]> {
  const t = await getTranslations("AdminEntities");
  const tc = await getTranslations("Admin");
  return [
    { kind: "text", name: "date", label: t("field.date"), required: true, inputMode: "numeric", hint: t("field.dateHint") },
    { kind: "text", name: "endDate", label: t("field.endDate"), inputMode: "numeric", hint: t("field.endDateHint") },
    { kind: "text", name: "title", label: t("field.title"), required: true, lang: "en" },
    { kind: "text", name: "titleKo", label: t("field.titleKo"), lang: "ko", translates: "title" },
    {
      kind: "select",
      name: "confidence",
      label: t("field.confidence"),
      options: [
        { value: "high", label: tc("confidence.high") },
        { value: "medium", label: tc("confidence.medium") },
        { value: "low", label: tc("confidence.low") },
      ],
    },
    { kind: "textarea", name: "description", label: t("field.description"), required: true, rows: 3, lang: "en", half: true },
    { kind: "textarea", name: "descriptionKo", label: t("field.descriptionKo"), rows: 3, lang: "ko", half: true, translates: "description" },
    { kind: "checkboxes", name: "actors", label: t("field.actors"), options: actors.map((a) => ({ value: a.code, label: a.shortName })) },
  ];
}
