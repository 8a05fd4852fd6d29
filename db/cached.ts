import "server-only";
/**
 * The public views' reads, cached by Next (unstable_cache, tagged) until an admin write expires their tags
 * (app/[locale]/(site)/admin/_lib/invalidate.ts). Arguments are part of the key, so callers pass plain values (dates as strings,
 * "today" computed per request by the caller). The plain query functions in db/queries stay uncached for
 * scripts, tests and the admin area.
 */
import { unstable_cache } from "next/cache";
import type { AppLocale } from "../lib/i18n/paths";
import { CACHE_TAGS, type CacheTag } from "./cache-tags";
import { toCsv } from "../lib/csv";
import { strongEtag } from "../lib/http";
import type { MatrixApiParams } from "../lib/matrix-api";
import { BodyStore, type StoredBody } from "../lib/stored-body";
import { matrixApiAnswer, matrixCsvRows, matrixForApi as matrixForApiQuery, STANCES_CSV_HEADER, STANCES_CSV_KO_HEADER } from "./queries/api";
import * as divergence from "./queries/divergence";
import { getCodingHorizon as getCodingHorizonQuery } from "./queries/horizon";
import { getMatrix as getMatrixQuery } from "./queries/matrix";
import * as reference from "./queries/reference";
import * as stances from "./queries/stances";

const { reference: REF, stances: STANCES, events: EVENTS } = CACHE_TAGS;

/** A read kept until a write expires one of its tags (no time-based expiry: the database only changes by writes). */
function cachedRead<A extends unknown[], R>(name: string, tags: CacheTag[], read: (...args: A) => R) {
  return unstable_cache(async (...args: A) => read(...args), ["stance-atlas", name], { tags, revalidate: false });
}

// `lang`: the reader's language (texts in Korean where stored, English otherwise); part of the cache key.
export const listActors = cachedRead("listActors", [REF], (lang: AppLocale = "en") => reference.listActors(lang));
export const listIssues = cachedRead("listIssues", [REF], (lang: AppLocale = "en") => reference.listIssues(lang));
export const listEvents = cachedRead("listEvents", [EVENTS, REF], (lang: AppLocale = "en") => reference.listEvents(lang));

export const getMatrix = cachedRead("getMatrix", [STANCES, REF], (asOf: string, options: { evidence?: boolean; lang?: AppLocale } = {}) =>
  getMatrixQuery({ asOf, ...options }),
);
export const matrixForApi = cachedRead("matrixForApi", [STANCES, EVENTS, REF], (params: MatrixApiParams) =>
  matrixForApiQuery(params),
);
/** The bytes kept of read API answers: about seven whole matrices of 30 x 200 (4.5 MB each), or many smaller ones. */
export const API_BODY_STORE_BYTES = 32 * 2 ** 20;
const apiBodies = new BodyStore(API_BODY_STORE_BYTES);
const storeMatrixJson = (params: MatrixApiParams) => apiBodies.put(JSON.stringify(matrixApiAnswer(params)));
const matrixApiEtag = cachedRead("matrixApiEtag", [STANCES, EVENTS, REF], async (params: MatrixApiParams) => storeMatrixJson(params).etag);
/**
 * The read API's JSON matrix, stored as bytes with its strong ETag (lib/stored-body.ts), so a hit answers (or
 * answers 304) without parsing, re-encoding or re-hashing 4.5 MB. Only the ETag goes through Next's data cache
 * (tagged: a write expires it, and the next request stores the new body); the bytes are kept by ETag in a store
 * bounded in memory (API_BODY_STORE_BYTES). A body that has left the store is read again from the database.
 */
export async function matrixApiJson(params: MatrixApiParams): Promise<StoredBody> {
  const etag = await matrixApiEtag(params);
  return apiBodies.get(etag) ?? storeMatrixJson(params);
}
export const matrixApiCsv = cachedRead("matrixApiCsv", [STANCES, EVENTS, REF], async (params: MatrixApiParams) => {
  const header = params.lang === "ko" ? [...STANCES_CSV_HEADER, ...STANCES_CSV_KO_HEADER] : STANCES_CSV_HEADER;
  const body = toCsv(header, matrixCsvRows(matrixForApiQuery(params)));
  return { body, etag: await strongEtag(body) };
});
export const stancesAsOf = cachedRead("stancesAsOf", [STANCES, REF], (asOf: string, filter: stances.StanceFilter = {}) =>
  stances.stancesAsOf(asOf, filter),
);
export const stanceById = cachedRead("stanceById", [STANCES, REF], (id: number, lang: AppLocale = "en") => stances.stanceById(id, lang));
export const stanceHistory = cachedRead("stanceHistory", [STANCES, REF], (filter: stances.StanceFilter = {}) =>
  stances.stanceHistory(filter),
);

export const getCompare = cachedRead("getCompare", [STANCES, REF], (params: { a: string; b: string; asOf: string; asOfB: string; lang?: AppLocale }) =>
  divergence.getCompare(params),
);
export const getDivergenceOverview = cachedRead("getDivergenceOverview", [STANCES, REF], (asOf: string, lang: AppLocale = "en") =>
  divergence.getDivergenceOverview({ asOf, lang }),
);
export const getDivergenceTimelines = cachedRead("getDivergenceTimelines", [STANCES, REF], (params: { pairs: [string, string][]; from: string; to: string }) =>
  divergence.getDivergenceTimelines(params),
);
export const divergenceForApi = cachedRead("divergenceForApi", [STANCES, REF], (params: { a: string; b: string; asOf: string }) =>
  divergence.divergenceForApi(params),
);
export const getIssueHistory = cachedRead("getIssueHistory", [STANCES, EVENTS, REF], (slug: string, window: { from: string; to: string; lang?: AppLocale }) =>
  divergence.getIssueHistory(slug, window),
);
export const getActorProfile = cachedRead("getActorProfile", [STANCES, REF], (code: string, asOf: string, lang: AppLocale = "en") =>
  divergence.getActorProfile(code, { asOf, lang }),
);
export const getChanges = cachedRead("getChanges", [STANCES, EVENTS, REF], (window: { from: string; to: string; lang?: AppLocale }) =>
  divergence.getChanges(window),
);
export const getNewestDataDate = cachedRead("getNewestDataDate", [STANCES, EVENTS, REF], () => divergence.getNewestDataDate());
export const getNewestStanceChangeDate = cachedRead("getNewestStanceChangeDate", [STANCES, REF], () => divergence.getNewestStanceChangeDate());
/** The coding horizon (newest stance start or end, newest event): changes with stance and event writes. */
export const getCodingHorizon = cachedRead("getCodingHorizon", [STANCES, EVENTS], () => getCodingHorizonQuery());
