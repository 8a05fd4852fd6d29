/**
 * Server-side validation of every admin form (zod 4). Pure: the server actions parse FormData into a plain
 * object (lib/admin/forms.ts) and hand it here; messages are written for the person at the form.
 */
import { z } from "zod";
import { isIsoDate, isPartialIsoDate } from "../dates";
import { CLUSTER_IDS, CONFIDENCES } from "../domain";
import { ACTOR_PALETTE } from "../palette";
import { isSafeHttpUrl } from "./url";

const asString = (v: unknown) => (v === undefined || v === null ? "" : v);

/** Required text, trimmed, 1..max characters. */
export function requiredText(label: string, max: number) {
  return z.preprocess(
    asString,
    z
      .string(`${label} must be text.`)
      .trim()
      .min(1, `${label} is required.`)
      .max(max, `${label} must be at most ${max} characters.`),
  );
}

/** Optional text: empty becomes null. */
export function optionalText(label: string, max: number) {
  return z.preprocess(
    asString,
    z
      .string(`${label} must be text.`)
      .trim()
      .max(max, `${label} must be at most ${max} characters.`)
      .transform((s) => (s === "" ? null : s)),
  );
}

const isoDate = (label: string) =>
  z.preprocess(
    asString,
    z
      .string()
      .trim()
      .min(1, `${label} is required.`)
      .refine(isIsoDate, `${label} must be a real date in YYYY-MM-DD form, e.g. 2019-03-01.`),
  );

const optionalIsoDate = (label: string) =>
  z.preprocess(
    asString,
    z
      .string()
      .trim()
      .refine((s) => s === "" || isIsoDate(s), `${label} must be a real date in YYYY-MM-DD form, or left empty.`)
      .transform((s) => (s === "" ? null : s)),
  );

const intIn = (label: string, min: number, max: number) =>
  z.preprocess(
    asString,
    z
      .string()
      .trim()
      .regex(/^-?\d+$/, `${label} must be a whole number from ${min} to ${max}.`)
      .transform(Number)
      .pipe(z.number().int().min(min, `${label} must be from ${min} to ${max}.`).max(max, `${label} must be from ${min} to ${max}.`)),
  );

export const versionField = z.preprocess(
  asString,
  z
    .string()
    .regex(/^\d+$/, "The form is missing the version it was loaded at; reload the page.")
    .transform(Number),
);

const confidence = z.preprocess(asString, z.enum(CONFIDENCES, "Choose a confidence: low, medium or high."));

export const POSITION_CHOICES = ["none", "-2", "-1", "0", "1", "2"] as const;

export const evidenceInput = z.object({
  title: requiredText("Source title", 300),
  publisher: requiredText("Publisher", 200),
  publishedOn: z.preprocess(
    asString,
    z
      .string()
      .trim()
      .min(1, "Publication date is required.")
      .refine(isPartialIsoDate, "Publication date must be YYYY-MM-DD, YYYY-MM or YYYY."),
  ),
  url: z.preprocess(
    asString,
    z
      .string()
      .max(2000, "URL must be at most 2000 characters.")
      .refine((s) => s === "" || isSafeHttpUrl(s), "URL must be a web address starting with http:// or https://.")
      .transform((s) => (s === "" ? null : s)),
  ),
  paraphrase: requiredText("Paraphrase", 2000),
  /** The Korean paraphrase; empty while not yet translated (the quote stays in its own language). */
  paraphraseKo: optionalText("Korean paraphrase", 2000),
  quote: optionalText("Quote", 2000),
  note: optionalText("Note", 1000),
  noteKo: optionalText("Korean note", 1000),
  /** Key into the curated source list, carried through the form unchanged. */
  sourceKey: optionalText("Source key", 20),
});
export type EvidenceInput = z.infer<typeof evidenceInput>;

export const stanceInput = z
  .object({
    mode: z.preprocess(asString, z.enum(["new", "correct"], "Choose what this save does: record a new stance or correct this one.")),
    validFrom: z.preprocess(asString, z.string().trim()),
    position: z.preprocess(
      asString,
      z.enum(POSITION_CHOICES, "Choose a position from the issue's scale, or “No stated position”."),
    ),
    salience: intIn("Salience", 1, 5),
    confidence,
    summary: requiredText("Summary", 2000),
    /** The Korean summary; empty while not yet translated (the English one is shown then). */
    summaryKo: optionalText("Korean summary", 2000),
    /** The coder's note: what is inferred or carried forward; required when the stance is unsourced. */
    note: optionalText("Coder's note", 2000),
    noteKo: optionalText("Korean coder's note", 2000),
    /** The explicit "this stance has no source" box: the only way to save a stance without evidence. */
    unsourced: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    evidence: z.preprocess(
      (v) => (v === undefined || v === "" ? [] : v),
      z.array(evidenceInput, "Evidence must be a list.").max(30, "At most 30 evidence items per stance."),
    ),
    version: versionField,
  })
  // Evidence stays required unless the editor ticks "unsourced" and says why in the note (never a borrowed source).
  .refine((v) => v.unsourced || v.evidence.length > 0, {
    path: ["evidence"],
    message: "Give at least one evidence item, or tick “Unsourced” and explain in the coder's note why there is no source.",
    when: (payload) => Array.isArray((payload.value as { evidence?: unknown })?.evidence),
  })
  .refine((v) => !v.unsourced || v.evidence.length === 0, {
    path: ["unsourced"],
    message: "A stance marked unsourced cannot have evidence: remove the evidence items or untick “Unsourced”.",
    when: (payload) => Array.isArray((payload.value as { evidence?: unknown })?.evidence),
  })
  .refine((v) => !v.unsourced || (typeof v.note === "string" && v.note.length > 0), {
    path: ["note"],
    message: "An unsourced stance needs a coder's note saying why it has no source.",
    when: (payload) => (payload.value as { unsourced?: unknown })?.unsourced === true,
  })
  // Runs even when other fields failed, so every message shows at once (zod skips refinements otherwise).
  .refine((v) => v.mode !== "new" || isIsoDate(v.validFrom), {
    path: ["validFrom"],
    message: "Give the date the new stance starts, as a real date in YYYY-MM-DD form (e.g. 2031-03-01).",
    when: (payload) => {
      const v = payload.value as { mode?: unknown; validFrom?: unknown };
      return v?.mode === "new" && typeof v.validFrom === "string";
    },
  })
  .transform(({ position, ...rest }) => ({ ...rest, position: position === "none" ? null : Number(position) }));
export type StanceInput = z.infer<typeof stanceInput>;

export const actorInput = z.object({
  code: z.preprocess(
    asString,
    z.string().trim().regex(/^[A-Z]{2,8}$/, "Code must be 2 to 8 capital letters, e.g. ROK."),
  ),
  name: requiredText("Name", 120),
  shortName: requiredText("Short name", 40),
  nameKo: optionalText("Korean name", 120),
  shortNameKo: optionalText("Korean short name", 40),
  color: z.preprocess(asString, z.enum(ACTOR_PALETTE, "Choose a colour from the palette.")),
  displayOrder: intIn("Display order", 0, 999),
  description: optionalText("Description", 2000).transform((s) => s ?? ""),
  descriptionKo: optionalText("Korean description", 2000),
  version: versionField,
});
export type ActorInput = z.infer<typeof actorInput>;

/** The series a new stance belongs to (bound to the form on the server, sent back by the browser). */
export const seriesInput = z
  .object({
    actor: z.string().regex(/^[A-Z]{2,8}$/),
    issue: z.string().max(60).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    counterpart: z.string().regex(/^[A-Z]{2,8}$/).nullable(),
  })
  .strict();

export const issueInput = z.object({
  slug: z.preprocess(
    asString,
    z
      .string()
      .trim()
      .min(1, "Slug is required.")
      .max(60, "Slug must be at most 60 characters.")
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Slug must be lowercase letters, digits and single hyphens, e.g. missile-scope."),
  ),
  title: requiredText("Title", 120),
  titleKo: optionalText("Korean title", 120),
  cluster: z.preprocess(asString, z.enum(CLUSTER_IDS, "Choose one of the four clusters.")),
  definition: requiredText("Definition", 2000),
  definitionKo: optionalText("Korean definition", 2000),
  scale: z.preprocess(
    (v) => (Array.isArray(v) ? v : [0, 1, 2, 3, 4].map((i) => (v as Record<string, unknown> | undefined)?.[i])),
    z.tuple(
      [
        requiredText("The −2 label", 200),
        requiredText("The −1 label", 200),
        requiredText("The 0 label", 200),
        requiredText("The +1 label", 200),
        requiredText("The +2 label", 200),
      ],
      "All five scale labels are required.",
    ),
  ),
  /** The Korean scale labels, each empty while not yet translated. */
  scaleKo: z.preprocess(
    (v) => (Array.isArray(v) ? v : [0, 1, 2, 3, 4].map((i) => (v as Record<string, unknown> | undefined)?.[i])),
    z.tuple(
      [
        optionalText("The Korean −2 label", 200),
        optionalText("The Korean −1 label", 200),
        optionalText("The Korean 0 label", 200),
        optionalText("The Korean +1 label", 200),
        optionalText("The Korean +2 label", 200),
      ],
      "Korean scale labels must be a list of five.",
    ),
  ),
  displayOrder: intIn("Display order", 0, 999),
  version: versionField,
});
export type IssueInput = z.infer<typeof issueInput>;

export const eventInput = z
  .object({
    date: isoDate("Date"),
    endDate: optionalIsoDate("End date"),
    title: requiredText("Title", 200),
    titleKo: optionalText("Korean title", 200),
    description: requiredText("Description", 4000),
    descriptionKo: optionalText("Korean description", 4000),
    confidence,
    actors: z.preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.string().regex(/^[A-Z]{2,8}$/, "Unknown actor.")).max(20),
    ),
    version: versionField,
  })
  .refine((v) => !v.endDate || !isIsoDate(v.date) || v.endDate >= v.date, {
    path: ["endDate"],
    message: "End date must be on or after the date.",
    when: (payload) => {
      const v = payload.value as { date?: unknown; endDate?: unknown };
      return typeof v?.endDate === "string" && typeof v?.date === "string";
    },
  });
export type EventInput = z.infer<typeof eventInput>;

/** A reviewer's comment when sending a draft back: it tells the author what to change. */
export const reviewCommentInput = z.object({ comment: requiredText("Comment", 2000) });

export const USERNAME_RULE = /^[a-z0-9][a-z0-9._-]{2,39}$/;
export const MIN_PASSWORD = 12;

export const usernameField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : ""),
  z.string().regex(USERNAME_RULE, "Username must be 3 to 40 characters: lowercase letters, digits, . _ or -, starting with a letter or digit."),
);

export const newPasswordField = z.preprocess(
  asString,
  z
    .string()
    .min(MIN_PASSWORD, `The password must be at least ${MIN_PASSWORD} characters.`)
    .max(200, "The password must be at most 200 characters."),
);

export const userCreateInput = z.object({
  username: usernameField,
  role: z.preprocess(asString, z.enum(["admin", "editor"], "Choose a role: admin or editor.")),
});

export const passwordChangeInput = z
  .object({
    current: z.preprocess(asString, z.string().min(1, "Enter your current password.")),
    next: newPasswordField,
    confirm: z.preprocess(asString, z.string()),
  })
  .refine((v) => v.next === v.confirm, {
    path: ["confirm"],
    message: "The two new passwords differ.",
    when: (payload) => typeof (payload.value as { confirm?: unknown })?.confirm === "string",
  });

export const signInInput = z.object({
  username: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : ""),
    z.string().min(1, "Enter your username.").max(100, "Usernames are at most 100 characters."),
  ),
  password: z.preprocess(asString, z.string().min(1, "Enter your password.").max(500, "Passwords are at most 500 characters.")),
  next: z.preprocess(asString, z.string()).optional(),
});

/** Only same-site paths under /admin are followed after sign-in (no open redirect). */
export function safeAdminPath(next: string | undefined): string {
  if (!next || !/^\/admin(\/[A-Za-z0-9\-_/]*)?(\?[A-Za-z0-9=&\-_.%]*)?$/.test(next) || next.startsWith("/admin/sign-in")) return "/admin";
  return next;
}
