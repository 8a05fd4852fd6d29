import "server-only";
import { getCodingHorizon } from "./horizon";
import { getMatrix } from "./matrix";
import { isUnsourced } from "../../lib/domain";
import { getDb } from "../client";
import { pageIssues, type MatrixApiParams } from "../../lib/matrix-api";
import { withEvidence } from "./stances";

/**
 * The stored Korean texts (null where not yet translated), for the read API's `lang=ko`: the API keeps its
 * English texts and codes and adds the Korean next to them, so a client can tell a translation from a fallback.
 */
function koreanTexts() {
  const client = getDb().$client;
  const rows = <T,>(sql: string) => client.prepare(sql).all() as T[];
  return {
    actors: new Map(rows<{ code: string; n: string | null; s: string | null }>("select code, name_ko n, short_name_ko s from actors").map((r) => [r.code, r])),
    issues: new Map(rows<{ slug: string; t: string | null }>("select slug, title_ko t from issues").map((r) => [r.slug, r.t])),
    scale: new Map(
      rows<{ slug: string; value: number; l: string | null }>("select i.slug, p.value, p.label_ko l from scale_points p join issues i on i.id = p.issue_id").map((r) => [
        `${r.slug}|${r.value}`,
        r.l,
      ]),
    ),
    stances: new Map(rows<{ id: number; s: string | null; n: string | null }>("select id, summary_ko s, note_ko n from stances").map((r) => [r.id, r])),
    evidence: (() => {
      const m = new Map<number, { p: string | null; n: string | null }[]>();
      for (const r of rows<{ sid: number; p: string | null; n: string | null }>("select stance_id sid, paraphrase_ko p, note_ko n from evidence order by stance_id, sort_order, id"))
        m.set(r.sid, [...(m.get(r.sid) ?? []), { p: r.p, n: r.n }]);
      return m;
    })(),
  };
}

/**
 * The read API's matrix: the shape documented in the README, optionally narrowed to actors, issues and a cluster,
 * paged over issues (`limit`, `cursor`), and with evidence counts instead of the evidence (`evidence: false`).
 * `codedThrough` is the coding horizon: positions on a later `asOf` are the last coded ones, not confirmed.
 * Evidence is read only for the cells answered (a page of 30 issues of 200 reads a seventh of it).
 */
export function matrixForApi(params: Omit<MatrixApiParams, "evidence">) {
  const m = buildMatrix(params, true);
  return { ...m, cells: m.cells.map((c) => without(c, "evidenceCount")) };
}

/** The JSON answer of `GET /api/v1/matrix`: `matrixForApi`, or with `evidence: false` each cell's `evidenceCount` instead of its `evidence`. */
export function matrixApiAnswer({ evidence = true, ...params }: MatrixApiParams) {
  if (evidence) return matrixForApi(params);
  const m = buildMatrix(params, false);
  return { ...m, cells: m.cells.map((c) => without(c, "evidence")) };
}

/** A copy of an object without one key. */
function without<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

function buildMatrix({ asOf, actors, cluster, lang = "en", issues, limit, cursor }: Omit<MatrixApiParams, "evidence">, evidence: boolean) {
  const m = getMatrix({ asOf, evidence: false });
  const ko = lang === "ko" ? koreanTexts() : null;
  const actorSet = actors ? new Set(actors) : null;
  const wanted = new Set(m.issues.filter((i) => (!cluster || i.cluster === cluster) && (!issues || issues.includes(i.slug))).map((i) => i.slug));
  const { slugs, page } = pageIssues(
    m.issues.map((i) => i.slug),
    wanted,
    { limit, cursor },
  );
  const issueSet = new Set(slugs);
  const issueList = m.issues.filter((i) => issueSet.has(i.slug));
  const cells = m.cells.filter((c) => (!actorSet || actorSet.has(c.actor)) && issueSet.has(c.issue));
  if (evidence) withEvidence(cells, "en");
  return {
    asOf: m.asOf,
    codedThrough: getCodingHorizon(),
    ...(page && { page }),
    actors: m.actors
      .filter((a) => !actorSet || actorSet.has(a.code))
      .map((a) => ({
        code: a.code,
        name: a.name,
        shortName: a.shortName,
        color: a.color,
        ...(ko && { nameKo: ko.actors.get(a.code)?.n ?? null, shortNameKo: ko.actors.get(a.code)?.s ?? null }),
      })),
    issues: issueList.map((i) => ({
      slug: i.slug,
      title: i.title,
      ...(ko && { titleKo: ko.issues.get(i.slug) ?? null }),
      cluster: i.cluster,
      scale: ko ? i.scale.map((p) => ({ ...p, labelKo: ko.scale.get(`${i.slug}|${p.value}`) ?? null })) : i.scale,
    })),
    cells: cells.map((c) => ({
      actor: c.actor,
      issue: c.issue,
      counterpart: c.counterpart,
      position: c.position,
      salience: c.salience,
      confidence: c.confidence,
      summary: c.summary,
      note: c.note,
      ...(ko && { summaryKo: ko.stances.get(c.id)?.s ?? null, noteKo: ko.stances.get(c.id)?.n ?? null }),
      unsourced: isUnsourced({ position: c.position, evidenceCount: c.evidenceCount }),
      validFrom: c.validFrom,
      validUntil: c.validUntil,
      evidence: c.evidence.map((e, n) => ({
        title: e.title,
        publisher: e.publisher,
        date: e.date,
        url: e.url,
        paraphrase: e.paraphrase,
        ...(ko && { paraphraseKo: ko.evidence.get(c.id)?.[n]?.p ?? null }),
        quote: e.quote,
        note: e.note,
        ...(ko && { noteKo: ko.evidence.get(c.id)?.[n]?.n ?? null }),
      })),
      // One of the two is dropped: the count by matrixForApi, the (unloaded) evidence by matrixApiAnswer.
      evidenceCount: c.evidenceCount,
    })),
  };
}

export type ApiMatrix = ReturnType<typeof matrixForApi>;

export const STANCES_CSV_HEADER = [
  "as_of", "actor", "actor_name", "issue", "issue_title", "cluster", "counterpart", "position", "position_label",
  "salience", "confidence", "summary", "note", "valid_from", "valid_until", "evidence_count", "sources", "coded_through",
] as const;

/** The sources column: the evidence, or the unsourced mark (never a borrowed source). */
export const UNSOURCED = "UNSOURCED";

/** The columns `lang=ko` adds at the end of the CSV (Korean where stored, empty where not yet translated). */
export const STANCES_CSV_KO_HEADER = ["actor_name_ko", "issue_title_ko", "position_label_ko", "summary_ko", "note_ko"] as const;

/** One row per cell of the matrix, in the API's order (with the Korean columns when the matrix has them). */
export function matrixCsvRows(m: ApiMatrix) {
  const actorName = new Map(m.actors.map((a) => [a.code, a.name]));
  const issue = new Map(m.issues.map((i) => [i.slug, i]));
  return m.cells.map((c) => {
    const i = issue.get(c.issue)!;
    return [
      m.asOf, c.actor, actorName.get(c.actor), c.issue, i.title, i.cluster, c.counterpart, c.position,
      c.position === null ? "No stated position" : i.scale.find((p) => p.value === c.position)?.label,
      c.salience, c.confidence, c.summary, c.note, c.validFrom, c.validUntil, c.evidence.length,
      isUnsourced({ position: c.position, evidenceCount: c.evidence.length }) ? UNSOURCED : c.evidence.map((e) => `${e.publisher} (${e.date})`).join("; "),
      m.codedThrough,
      ...("summaryKo" in c
        ? [
            m.actors.find((a) => a.code === c.actor)?.nameKo,
            i.titleKo,
            c.position === null ? "입장 표명 없음" : (i.scale as { value: number; labelKo?: string | null }[]).find((p) => p.value === c.position)?.labelKo,
            c.summaryKo,
            c.noteKo,
          ]
        : []),
    ];
  });
}
