/**
 * Dataset check for the curated stance data: pure code that takes the dataset arrays and returns findings.
 * No database, no file system. Run by the test suite (lib/data-check.test.ts) and by `npm run data:check`.
 *
 * Rules (each finding names one):
 *  - short-gap: a series (actor × issue × counterpart) goes blank for fewer than 60 days between two rows,
 *    typically an artefact of month-only dates at a change of government.
 *  - overlap: two rows of one series cover the same day (or share a start date).
 *  - late-evidence: every evidence item of a row is dated more than a year after the row's start, and the row
 *    has no coder's note saying why it starts earlier than its evidence.
 *  - short-quote: an "exact quote" (or one fragment of a " / "-joined quote) of fewer than three words.
 *  - weak-high: high confidence resting on one source that is an encyclopedia or a market newsletter.
 *  - unsupported-evidence: evidence whose own paraphrase or note admits it does not support the row
 *    (cited "as the closest related", "not in any listed source", "context only", ...).
 *  - unsourced-without-note: a row with no evidence and no note saying why it is unsourced.
 */
import { addDays, daysBetween } from "./dates";

export const DATA_CHECK_RULES = [
  "short-gap",
  "overlap",
  "late-evidence",
  "short-quote",
  "weak-high",
  "unsupported-evidence",
  "unsourced-without-note",
] as const;
export type DataCheckRule = (typeof DATA_CHECK_RULES)[number];

/** The shape the check needs; the seed types (db/seed/types.ts) fit it structurally. */
export type CheckEvidence = { source: string; date?: string; paraphrase: string; quote?: string; note?: string };
export type CheckStance = {
  actor: string;
  issue: string;
  counterpart?: string;
  validFrom: string;
  validUntil?: string;
  position: number | null;
  confidence: string;
  note?: string;
  evidence: CheckEvidence[];
};
export type CheckSource = { title: string; publisher: string; date: string; kind?: string };
export type CheckInput = { stances: CheckStance[]; sources: Record<string, CheckSource> };

export type DataCheckFinding = { rule: DataCheckRule; key: string; message: string };
/** An accepted finding: the rule, the key the finding reports, and why it stands. */
export type DataCheckAllow = { rule: DataCheckRule; key: string; reason: string };
export type DataCheckResult = {
  /** Findings not covered by the allow-list: these fail the check. */
  findings: DataCheckFinding[];
  /** Findings the allow-list accepts, with its reason. */
  allowed: (DataCheckFinding & { reason: string })[];
  /** Allow-list entries that matched nothing (stale entries are reported so the list stays honest). */
  unusedAllows: DataCheckAllow[];
};

export const MIN_GAP_DAYS = 60;
export const MIN_QUOTE_WORDS = 3;

/** Publishers and titles of sources too weak to carry high confidence alone. */
const WEAK_SOURCE = /wikipedia|encyclop(a)?edia|britannica|actionforex|forex|benzinga|newsletter/i;
/** Wording by which an evidence item admits it does not support its row. */
const UNSUPPORTED = [
  /closest related/i,
  /does not support/i,
  /not in any listed source/i,
  /context only/i,
  /does not describe/i,
  /does not speak to/i,
  /does not state/i,
  /covers only/i,
];

/** "actor|issue|counterpart|validFrom": the key findings and allow-list entries use for a stance. */
export function stanceKey(s: Pick<CheckStance, "actor" | "issue" | "counterpart" | "validFrom">): string {
  return `${s.actor}|${s.issue}|${s.counterpart ?? ""}|${s.validFrom}`;
}

/** Earliest day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean. */
function earliestDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

/** The same calendar day one year later (29 February maps to 1 March). */
function oneYearAfter(date: string): string {
  const [y, m, d] = date.split("-");
  const next = `${Number(y) + 1}-${m}-${d}`;
  return m === "02" && d === "29" ? `${Number(y) + 1}-03-01` : next;
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function isWeakSource(source: CheckSource): boolean {
  if (source.kind === "encyclopedia" || source.kind === "market-newsletter") return true;
  return WEAK_SOURCE.test(source.publisher) || WEAK_SOURCE.test(source.title);
}

/** Runs every rule over the dataset; findings covered by `allow` are reported apart with their reason. */
export function checkDataset(input: CheckInput, allow: DataCheckAllow[] = []): DataCheckResult {
  const raw: DataCheckFinding[] = [];
  const push = (rule: DataCheckRule, key: string, message: string) => raw.push({ rule, key, message });

  // Series rules: gaps and overlaps.
  const series = new Map<string, CheckStance[]>();
  for (const s of input.stances) {
    const k = `${s.actor}|${s.issue}|${s.counterpart ?? ""}`;
    const list = series.get(k) ?? [];
    list.push(s);
    series.set(k, list);
  }
  for (const rows of series.values()) {
    rows.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < rows.length; i++) {
      const prev = rows[i - 1];
      const next = rows[i];
      if (prev.validFrom === next.validFrom) {
        push("overlap", stanceKey(next), `two rows start on ${next.validFrom}`);
        continue;
      }
      // Without an explicit end a row holds until the next one: no gap, no overlap.
      if (!prev.validUntil) continue;
      if (prev.validUntil >= next.validFrom) {
        push("overlap", stanceKey(next), `starts ${next.validFrom} while the row from ${prev.validFrom} runs to ${prev.validUntil}`);
        continue;
      }
      const blank = daysBetween(addDays(prev.validUntil, 1), next.validFrom);
      if (blank > 0 && blank < MIN_GAP_DAYS) {
        push(
          "short-gap",
          stanceKey(next),
          `blank for ${blank} day${blank === 1 ? "" : "s"} (${addDays(prev.validUntil, 1)} to ${addDays(next.validFrom, -1)}) after the row from ${prev.validFrom}`,
        );
      }
    }
  }

  for (const s of input.stances) {
    const key = stanceKey(s);

    if (s.evidence.length === 0) {
      if (!s.note?.trim()) push("unsourced-without-note", key, "no evidence and no note saying why the row is unsourced");
      continue;
    }

    // late-evidence
    const limit = oneYearAfter(s.validFrom);
    const dates = s.evidence.map((e) => earliestDay(e.date ?? input.sources[e.source]?.date ?? s.validFrom));
    if (dates.every((d) => d > limit) && !s.note?.trim()) {
      push("late-evidence", key, `all evidence is dated after ${limit} (earliest ${dates.sort()[0]}) and the row has no note`);
    }

    // weak-high
    const distinct = [...new Set(s.evidence.map((e) => e.source))];
    if (s.confidence === "high" && distinct.length === 1) {
      const src = input.sources[distinct[0]];
      if (src && isWeakSource(src)) push("weak-high", key, `high confidence rests on ${distinct[0]} alone (${src.publisher})`);
    }

    for (const e of s.evidence) {
      if (e.quote !== undefined) {
        for (const fragment of e.quote.split(" / ")) {
          if (wordCount(fragment) < MIN_QUOTE_WORDS) {
            push("short-quote", key, `${e.source}: quote "${fragment.trim()}" has fewer than ${MIN_QUOTE_WORDS} words`);
          }
        }
      }
      const text = `${e.paraphrase} ${e.note ?? ""}`;
      const hit = UNSUPPORTED.find((re) => re.test(text));
      if (hit) push("unsupported-evidence", key, `${e.source}: evidence says it does not support the row (${hit.source})`);
    }
  }

  const used = new Set<number>();
  const findings: DataCheckFinding[] = [];
  const allowed: DataCheckResult["allowed"] = [];
  for (const f of raw) {
    const idx = allow.findIndex((a) => a.rule === f.rule && a.key === f.key);
    if (idx >= 0) {
      used.add(idx);
      allowed.push({ ...f, reason: allow[idx].reason });
    } else findings.push(f);
  }
  return { findings, allowed, unusedAllows: allow.filter((_, i) => !used.has(i)) };
}

/** Plain-text report, one finding a line. */
export function formatDataCheck(result: DataCheckResult): string {
  const lines: string[] = [];
  for (const f of result.findings) lines.push(`FAIL ${f.rule.padEnd(24)} ${f.key}: ${f.message}`);
  for (const a of result.unusedAllows) lines.push(`FAIL stale-allow               ${a.rule} ${a.key}: matches no finding`);
  for (const f of result.allowed) lines.push(`ok   ${f.rule.padEnd(24)} ${f.key}: allowed (${f.reason})`);
  lines.push(
    `data check: ${result.findings.length} finding${result.findings.length === 1 ? "" : "s"}, ${result.allowed.length} allowed, ${result.unusedAllows.length} stale allow-list entr${result.unusedAllows.length === 1 ? "y" : "ies"}`,
  );
  return lines.join("\n");
}

/** True when the dataset passes: no findings and no stale allow-list entries. */
export function dataCheckPasses(result: DataCheckResult): boolean {
  return result.findings.length === 0 && result.unusedAllows.length === 0;
}
