import "server-only";
/** Field lists of the actor, issue and event forms (plain data, handed to the client form). */
import type { FieldSpec } from "@/components/forms/EntityForm";
import { CLUSTERS } from "@/lib/domain";
import { ACTOR_PALETTE } from "@/lib/palette";

const CONFIDENCE = [
  { value: "high", label: "High" },
  { value: "medium", label: "Medium" },
  { value: "low", label: "Low" },
];

/** The key of an actor or issue (code, slug): chosen once, when the record is created, then shown read-only. */
function keyField(name: string, label: string, creating: boolean, rule: string): FieldSpec {
  return { kind: "text", name, label, required: true, readOnly: !creating, hint: creating ? rule : "Fixed: used in URLs and the API." };
}

const DISPLAY_ORDER: FieldSpec = { kind: "text", name: "displayOrder", label: "Display order", required: true, inputMode: "numeric", hint: "0–999; lower comes first." };

export function actorFields(creating: boolean): FieldSpec[] {
  return [
    keyField("code", "Code", creating, "2–8 capital letters, e.g. ROK. Used in URLs and the API; cannot change later."),
    { kind: "text", name: "name", label: "Name", required: true, hint: "Full name, e.g. Republic of Korea (South Korea)." },
    { kind: "text", name: "shortName", label: "Short name", required: true, hint: "As shown in the matrix header, e.g. South Korea." },
    DISPLAY_ORDER,
    { kind: "colour", name: "color", label: "Colour", hint: "From the colour-blind-safe palette." , options: [...ACTOR_PALETTE] },
    { kind: "textarea", name: "description", label: "Description", rows: 3 },
  ];
}

export function issueFields(creating: boolean): FieldSpec[] {
  return [
    keyField("slug", "Slug", creating, "Lowercase words joined by hyphens, e.g. missile-scope. Cannot change later."),
    { kind: "text", name: "title", label: "Title", required: true },
    { kind: "select", name: "cluster", label: "Cluster", options: CLUSTERS.map((c) => ({ value: c.id, label: c.label })) },
    DISPLAY_ORDER,
    { kind: "textarea", name: "definition", label: "Neutral definition", required: true, rows: 3 },
    { kind: "textarea", name: "scale[0]", label: "−2 label (pressure pole)", required: true, rows: 2 },
    { kind: "textarea", name: "scale[1]", label: "−1 label", required: true, rows: 2 },
    { kind: "textarea", name: "scale[2]", label: "0 label", required: true, rows: 2 },
    { kind: "textarea", name: "scale[3]", label: "+1 label", required: true, rows: 2 },
    { kind: "textarea", name: "scale[4]", label: "+2 label (engagement pole)", required: true, rows: 2 },
  ];
}

export function eventFields(actors: { code: string; shortName: string }[]): FieldSpec[] {
  return [
    { kind: "text", name: "date", label: "Date", required: true, inputMode: "numeric", hint: "YYYY-MM-DD" },
    { kind: "text", name: "endDate", label: "End date", inputMode: "numeric", hint: "Optional, YYYY-MM-DD, for events over several days." },
    { kind: "text", name: "title", label: "Title", required: true },
    { kind: "select", name: "confidence", label: "Confidence", options: CONFIDENCE },
    { kind: "textarea", name: "description", label: "Description", required: true, rows: 3 },
    { kind: "checkboxes", name: "actors", label: "Actors involved", options: actors.map((a) => ({ value: a.code, label: a.shortName })) },
  ];
}
