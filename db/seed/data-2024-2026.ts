/**
 * The coding of 2024-2026 (and the sources that fixed older rows): the changes of government in Seoul, Tokyo and
 * Washington and the policy moves since the period FACTS.md covers. Every source here was read in a stored copy
 * (see docs/sources-2024-2026.md); quotes are stored only where the words were verbatim in what was read.
 * New governments get a row at their handover date on every issue the actor has an open series on: a sourced
 * coding, a row carried forward with a note saying why it still holds, or a "no stated position" row (null).
 * Actors without a change of government (DPRK, CHN, RUS) get a null row from 2025-01-01 on issues on which no
 * 2025-26 source states a position, so that a 2019 coding does not silently stand for 2026.
 * The coding horizon is CODING_HORIZON: nothing after it was read.
 */
import type { EventSeed, EvidenceSeed, SourceSeed, StanceSeed } from "./types";

/** The last date the 2024-2026 sources speak to; views must not imply that codings hold beyond it. */
export const CODING_HORIZON = "2026-05-06";

/** Review date for actors without a change of government: codings not restated in 2025-26 end before it. */
const REVIEW_DATE = "2025-01-01";

export const SOURCES_2024_2026: Record<string, SourceSeed> = {
  S78: {
    title: "(3rd LD) Yoon champions freedom, liberal democracy while offering to revive N.K. economy with 'audacious plan'",
    publisher: "Yonhap News Agency",
    date: "2022-05-10",
    url: "https://en.yna.co.kr/view/AEN20220509008353315?section=national/politics",
  },
  S79: {
    title: "Fumio Kishida officially elected Japan's 100th prime minister",
    publisher: "Reuters (via clarion.causeaction.com)",
    date: "2021-10-04",
    url: "https://clarion.causeaction.com/2021/10/04/fumio-kishida-officially-elected-japans-100th-prime-minister/",
  },
  S80: {
    title: "Biden Sworn In as 46th President of the United States",
    publisher: "929theticket.com (news report)",
    date: "2021-01-20",
    url: "https://929theticket.com/biden-inauguration-46th-president/",
  },
  S81: {
    title: "Trump will accept invitation to meet North Korea's Kim: White House",
    publisher: "Reuters",
    date: "2018-03-09",
    url: "https://www.reuters.com/article/us-northkorea-missiles-trump-accept/trump-will-accept-invitation-to-meet-north-koreas-kim-white-house-idUSKCN1GL044",
  },
  S82: {
    title: "Kim Jong-un 'Understands' U.S.-R.O.K. Military Exercises Not Pausing",
    publisher: "Executive Intelligence Review (reporting Hankyoreh)",
    date: "2018-03-07",
    url: "https://larouchepub.com/pr/2018/180307_kim_understands.html",
  },
  S83: {
    title: "North Korean leader dismisses South Korean attempts to mediate nuclear diplomacy",
    publisher: "NK News",
    date: "2019-04-13",
    url: "https://www.nknews.org/2019/04/north-korean-leader-dismisses-south-korean-attempts-to-mediate-nuclear-diplomacy/",
  },
  S84: {
    title: "(2nd LD) N. Korea says it has no intention to talk with S. Korea",
    publisher: "Yonhap News Agency",
    date: "2019-08-16",
    url: "https://en.yna.co.kr/view/AEN20190816000452325",
  },
  S85: {
    title: "South Korea's President Yoon Suk Yeol removed from office over ill-fated declaration of martial law",
    publisher: "AP (via Manila Bulletin)",
    date: "2025-04-04",
    url: "https://mb.com.ph/4/4/2025/south-korea-s-president-yoon-suk-yeol-removed-from-office-over-ill-fated-declaration-of-martial-law",
  },
  S86: {
    title: "Some Cabinet picks likely as President Lee begins first day on the job",
    publisher: "Korea JoongAng Daily",
    date: "2025-06-04",
    url: "https://koreajoongangdaily.joins.com/news/2025-06-04/national/politics/Some-Cabinet-picks-likely-as-President-Lee-begins-first-day-on-the-job/2322375",
  },
  S87: {
    title: "Lee Jae-myung sworn in as South Korea's new president",
    publisher: "Xinhua",
    date: "2025-06-04",
    url: "https://english.news.cn/20250604/454452689dd74d0eab563c91d055f0a7/c.html",
  },
  S88: {
    title: "Japanese PM Ishiba reportedly considering liaison offices with North Korea",
    publisher: "KBS World",
    date: "2024-10-04",
    url: "https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188257",
  },
  S89: {
    title: "Solving North Korean abduction issue 'most important task': Japan's new PM",
    publisher: "Radio Free Asia",
    date: "2024-10-04",
    url: "https://rfa.org/english/news/korea/japan-north-korea-abductee-ishiba-10042024044729.html",
  },
  S90: {
    title: "Japan's PM Ishiba Meets with Families of N. Korea Abductees; Representative of Abductee Group Opposes PM's Plan to Set Up Liaison Office",
    publisher: "The Japan News (Yomiuri Shimbun)",
    date: "2024-10-17",
    url: "https://japannews.yomiuri.co.jp/politics/politics-government/20241017-217078/",
  },
  S91: {
    title: "Ishiba vows to rescue abductees from N Korea in debut meeting with families",
    publisher: "Kyodo (via News Portal NP)",
    date: "2024-10-18",
    url: "https://newsportalnp.com/2024/10/18/ishiba-vows-to-rescue-abductees-from-n-korea-in-debut-meeting-with-families/?amp=1",
  },
  S92: {
    title: "Ishiba at the national meeting on the abduction issue: leaders of Japan and North Korea must talk directly",
    publisher: "Chosun Biz (citing Kyodo and NHK)",
    date: "2025-05-24",
    url: "https://prod.biz.chosun.com/en/en-international/2025/05/24/H2YJ6TU5TRDS7EXDIPGASZCEIQ",
  },
  S93: {
    title: "Trump, on his first day in office, says of Kim Jong Un: \"He has nuclear power\"",
    publisher: "Chosun Biz",
    date: "2025-01-21",
    url: "https://biz.chosun.com/en/en-international/2025/01/21/KY2BIUFHBBHY3FLMSPMPXQQ2NI/?outputType=amp",
  },
  S94: {
    title: "(LEAD) Trump will pursue complete denuclearization of N. Korea: NSC spokesperson",
    publisher: "Yonhap News Agency (via Korean Vibe)",
    date: "2025-01-29",
    url: "https://korean-vibe.com/news/newsview.php?ncode=179574936775351",
  },
  S95: {
    title: "North Korea Rejects U.S. Goal of Denuclearization",
    publisher: "Arms Control Today (Kelsey Davenport)",
    date: "2025-03",
    url: "https://armscontrol.org/act/2025-03/news/north-korea-rejects-us-goal-denuclearization",
  },
  S96: {
    title: "Takaichi says she has told North Korea of her desire for a summit with Kim Jong Un",
    publisher: "The Japan Times",
    date: "2025-11-03",
    url: "https://www.japantimes.co.jp/news/2025/11/03/japan/politics/takaichi-north-korea-kim-summit/",
  },
  S97: {
    title: "Jepang ingin bicara dengan Korut, Kim Jong Un cuek (Japan wants to talk with North Korea; no response from Kim)",
    publisher: "IDN Times (citing CNN)",
    date: "2025-11-04",
    url: "https://www.idntimes.com/news/world/jepang-ingin-bicara-dengan-korut-kim-jong-un-cuek-c1c2-01-5skvq-0y9brt/amp",
  },
  S98: {
    title: "Russia and North Korea Forge Defensive Alliance",
    publisher: "Devdiscourse (Reuters)",
    date: "2024-06-19",
    url: "https://www.devdiscourse.com/article/law-order/2987913-russia-and-north-korea-forge-defensive-alliance",
  },
  S99: {
    title: "Russia-North Korea strategic partnership agreement enters into force",
    publisher: "IUVM Press (citing KCNA and Interfax)",
    date: "2024-12",
    url: "https://iuvmpress.co/russia-north-korea-strategic-partnership-agreement-enters-into-force",
  },
  S100: {
    title: "Russian Foreign Minister: Denuclearization of N. Korea a 'Closed Issue'",
    publisher: "KBS World",
    date: "2024-09-27",
    url: "https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188142",
  },
  S101: {
    title: "North Korea confirms for the first time it sent troops to fight for Russia",
    publisher: "Politico Europe",
    date: "2025-04-28",
    url: "https://www.politico.eu/article/north-korea-sent-troops-fight-russia-ukraine/",
  },
  S102: {
    title: "Pres. Lee Orders Loudspeaker Broadcasts Near Border to be Suspended from 2 PM Wed.",
    publisher: "KBS World",
    date: "2025-06-11",
    url: "https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=193724",
  },
  S103: {
    title: "Leader Kim Jong Un's powerful sister says there won't be talks with Seoul",
    publisher: "Qatar Tribune (via Wisconsin Journal)",
    date: "2025-07-29",
    url: "https://www.wisconsinjournal.news/news/leader-kim-jong-uns-powerful-sister-says-there-wont-be-talks-with-seoul202507291119320015",
  },
  S104: {
    title: "N. Korea says it has no interest in any proposals from South Korea",
    publisher: "KBS World",
    date: "2025-07",
    url: "https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=194829",
  },
  S105: {
    title: "Lee vows to respect North Korea's system in Liberation Day speech",
    publisher: "The Korea Herald",
    date: "2025-08-15",
    url: "https://www.koreaherald.com/article/10554724",
  },
  S106: {
    title: "Lee: respect for the North's system, no unification by absorption, restoration of the Sept. 19 military agreement",
    publisher: "The Dong-A Ilbo",
    date: "2025-08-16",
    url: "https://www.donga.com/en/article/all/20250816/5788819/1",
  },
  S107: {
    title: "South Korean President Lee vows to respect North Korea's political system",
    publisher: "The Hans India (IANS, citing Yonhap)",
    date: "2025-08-15",
    url: "https://www.thehansindia.com/news/international/south-korean-president-lee-vows-to-respect-north-koreas-political-system-997335",
  },
  S108: {
    title: "South Korea and US launch annual Ulchi Freedom Shield military drills",
    publisher: "The Sun (Malaysia), Bernama-Sputnik",
    date: "2025-08-18",
    url: "https://thesun.my/world-news/south-korea-and-us-launch-annual-ulchi-freedom-shield-military-drills-NC14707974",
  },
  S109: {
    title: "Only five of some 20 postponed UFS field drills held by late September",
    publisher: "KBS World",
    date: "2025-09-26",
    url: "https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=196616",
  },
  S110: {
    title: "Lee asks Trump to be a 'global peacemaker' at first summit",
    publisher: "Asia Today",
    date: "2025-08-26",
    url: "https://en.asiatoday.co.kr/view.php?key=20250826001000332",
  },
  S111: {
    title: "North Korean and Chinese leaders hold first official talks in 6 years",
    publisher: "Korea JoongAng Daily",
    date: "2025-09-04",
    url: "https://koreajoongangdaily.joins.com/news/2025-09-04/national/northKorea/North-Korean-and-Chinese-leaders-hold-first-official-talks-in-6-years/2391846",
  },
  S112: {
    title: "North Korea's leader says open to US talks if denuclearization demand dropped",
    publisher: "Tehran Times (AP)",
    date: "2025-09-22",
    url: "https://www.tehrantimes.com/news/518164/North-Korea-s-leader-says-open-to-US-talks-if-denuclearization",
  },
  S113: {
    title: "North Korea for talks with US but rejects sanctions-for-nukes deal",
    publisher: "Move FM Global News",
    date: "2025-09-26",
    url: "https://www.movefm.com.au/north-korea-for-talks-with-us-but-rejects-sanctions-for-nukes-deal",
  },
  S114: {
    title: "Step-by-step verification key to realizing Lee's END Initiative (editorial)",
    publisher: "Korea JoongAng Daily",
    date: "2025-09-25",
    url: "https://koreajoongangdaily.joins.com/news/2025-09-25/opinion/editorials/Stepbystep-verification-key-to-realizing-Lees-END-Initiative/2407387",
  },
  S115: {
    title: "Lee's \"END\" initiative: no order of priority between exchange, normalization and denuclearization",
    publisher: "The Hankyoreh",
    date: "2025-09",
    url: "https://english.hani.co.kr/arti/english_edition/e_northkorea/1220747.html",
  },
  S116: {
    title: "Trump 'open' to meeting North's Kim during upcoming Asia trip",
    publisher: "Korea JoongAng Daily",
    date: "2025-10-25",
    url: "https://koreajoongangdaily.joins.com/news/2025-10-25/national/diplomacy/Trump-open-to-meeting-Norths-Kim-during-upcoming-Asia-trip/2428707",
  },
  S117: {
    title: "Trump says he's 'open' to meeting with Kim Jong Un during Asia trip, North Korea is 'sort of a nuclear power'",
    publisher: "Fox News",
    date: "2025-10-25",
    url: "https://www.foxnews.com/politics/trump-says-hes-open-meeting-kim-jong-un-during-asia-trip-north-korea-sort-nuclear-power",
  },
  S118: {
    title: "China omits 'denuclearization' from newly-released defense white paper",
    publisher: "Korea JoongAng Daily",
    date: "2025-12-07",
    url: "https://koreajoongangdaily.joins.com/news/2025-12-07/national/northKorea/China-omits-denuclearization-in-newlyreleased-defense-white-paper/2471553",
  },
  S119: {
    title: "North Korea Codifies Nuclear Statehood and Hostile 'Two-State' Relations at 9th Party Congress",
    publisher: "The Diplomat (Mitch Shin), via QOSHE",
    date: "2026-02-26",
    url: "https://dfnihf8fcqrzv.cloudfront.net/the-diplomat/mitch-shin/north-korea-codifies-nuclear-statehood-and-hostile-two-state-relations-at-9th-party-congress/188067194",
  },
  S120: {
    title: "Nuclear Expansion and Conditional Diplomacy: North Korea's New Strategy (opinion)",
    publisher: "The Cipher Brief",
    date: "2026-03-04",
    url: "https://www.thecipherbrief.com/nuclear-expansion-and-conditional-diplomacy-north-koreas-new-strategy",
  },
  S121: {
    title: "North Korea revises constitution, removes references to reunification with South Korea",
    publisher: "ANTARA (citing Yonhap), via Jawawa",
    date: "2026-05-06",
    url: "https://jawawa.id/newsitem/north-korea-revises-constitution-removes-references-to-reunification-with-south-korea-1778183867",
  },
  S122: {
    title: "As North Korea's party congress opens, Kim asserts state's 'irreversible' position while avoiding naming South, U.S.",
    publisher: "Korea JoongAng Daily",
    date: "2026-02-21",
    url: "https://koreajoongangdaily.joins.com/news/2026-02-21/national/northKorea/As-North-Koreas-party-congress-opens-Kim-asserts-states-irreversible-position-while-avoiding-naming-South-US/2527824",
  },
  S123: {
    title: "China's foreign ministry says its statements on the peninsula, including denuclearization, still stand",
    publisher: "KBS World (Indonesian service)",
    date: "2025-12-08",
    url: "https://world.kbs.co.kr/service/news_view.htm?lang=i&Seq_Code=79914",
  },
  S124: {
    title: "Freedom Shield press conference (Freedom Shield 25)",
    publisher: "DVIDS (US Army video)",
    date: "2025-03-07",
    url: "https://www.dvidshub.net/video/954558/freedom-shield-press-conference",
  },
  S125: {
    title: "Eighth Army enhances readiness, modernizes alliance during Freedom Shield 2026",
    publisher: "DVIDS (US Army)",
    date: "2026-03-02",
    url: "https://www.dvidshub.net/news/559516/eighth-army-enhances-readiness-modernizes-alliance-during-freedom-shield-2026",
  },
};

function ev(source: string, paraphrase: string, extra: Omit<EvidenceSeed, "source" | "paraphrase"> = {}): EvidenceSeed {
  return { source, paraphrase, ...extra };
}

type Salience = StanceSeed["salience"];

/** A "no stated position" row: deliberately unsourced, its note says why. */
function noPosition(
  actor: string,
  issue: string,
  validFrom: string,
  salience: Salience,
  summary: string,
  note: string,
  counterpart?: string,
): StanceSeed {
  return {
    actor,
    issue,
    ...(counterpart ? { counterpart } : {}),
    validFrom,
    position: null,
    salience,
    confidence: "low",
    summary,
    note,
    evidence: [],
  };
}

const LEE = "2025-06-04";
const ISHIBA = "2024-10-01";
const TAKAICHI = "2025-10-21";
const TRUMP2 = "2025-01-20";

const LEE_NONE = (issue: string, salience: Salience, what: string) =>
  noPosition(
    "ROK",
    issue,
    LEE,
    salience,
    `No stated position of the Lee government on ${what} in the sources read (to ${CODING_HORIZON}).`,
    "No stated position: no 2025-26 source read states the Lee government's line on this issue, so the last coding is not carried into the new government.",
  );
const JPN_NONE = (issue: string, from: string, pm: string, salience: Salience, what: string) =>
  noPosition(
    "JPN",
    issue,
    from,
    salience,
    `No stated position of the ${pm} government on ${what} in the sources read (to ${CODING_HORIZON}).`,
    `No stated position: no source read restates Japan's line on this issue under ${pm}; the earlier coding is not carried into the new government. Japan's line may well be unchanged, but nothing read says so.`,
  );
const USA_NONE = (issue: string, salience: Salience, what: string) =>
  noPosition(
    "USA",
    issue,
    TRUMP2,
    salience,
    `No stated position of the second Trump administration on ${what} in the sources read (to ${CODING_HORIZON}).`,
    "No stated position: no 2025-26 source read states the second Trump administration's line on this issue; the Biden-era coding is not carried into the new administration.",
  );
const REVIEWED_NONE = (actor: string, issue: string, salience: Salience, what: string, last: string, counterpart?: string) =>
  noPosition(
    actor,
    issue,
    REVIEW_DATE,
    salience,
    `No stated ${actor} position on ${what} in the 2025-26 sources read (to ${CODING_HORIZON}).`,
    `No stated position in 2025-26: the last statement coded is ${last}; no 2025-26 source read restates it, so the older coding ends at 2024-12-31 instead of standing for 2026.`,
    counterpart,
  );

export const STANCES_2024_2026: StanceSeed[] = [
  // ======================================= ROK: Lee Jae-myung from 2025-06-04 =======================================
  {
    actor: "ROK",
    issue: "complete-denuclearization",
    validFrom: LEE,
    position: 0,
    salience: 4,
    confidence: "medium",
    summary:
      "Under Lee, Seoul keeps denuclearization as the ultimate goal but speaks of a peninsula free of nuclear weapons reached in phases (freeze, reduce, dismantle), without a CVID-style standard.",
    note: "Coded from the handover; Lee stated the line in August and September 2025.",
    evidence: [
      ev("S107", "In his Liberation Day speech Lee said a peaceful peninsula must be free of nuclear weapons.", {
        quote: "A peaceful Korean Peninsula must be free of nuclear weapons",
      }),
      ev(
        "S114",
        "At the UN Lee called for a phased solution: halting the advancement of nuclear and missile capabilities, then reductions, and ultimately dismantlement.",
        { quote: "pursuing a phased solution, beginning with halting the advancement of nuclear and missile capabilities" },
      ),
    ],
  },
  {
    actor: "ROK",
    issue: "sequencing",
    validFrom: LEE,
    position: 1,
    salience: 4,
    confidence: "medium",
    summary:
      "Under Lee, Seoul proposes a phased process (freeze, reduction, dismantlement) in which exchange and normalization need not wait for denuclearization: the END initiative.",
    note: "Coded from the handover; the END initiative was presented at the UN on 2025-09-23. Reading it as phased action-for-action is an interpretation: the presidential office said there is no order of priority between the three tasks.",
    evidence: [
      ev("S114", "The END initiative (exchange, normalization, denuclearization) proposes a phased solution from a freeze through reductions to dismantlement."),
      ev(
        "S115",
        "The presidential office clarified that there is no order of priority between exchange, normalization and denuclearization, which sets the initiative apart from both denuclearization-first and simultaneous-action approaches.",
        { quote: "there is no order of priority between the three tasks" },
      ),
    ],
  },
  LEE_NONE("sanctions-relief", 3, "sanctions relief"),
  LEE_NONE("end-of-war-declaration", 2, "an end-of-war declaration"),
  LEE_NONE("missile-scope", 2, "the scope of missile issues"),
  {
    actor: "ROK",
    issue: "joint-exercises",
    validFrom: LEE,
    position: -1,
    salience: 4,
    confidence: "medium",
    summary:
      "Under Lee, Seoul keeps the combined exercises but adjusts them: half of the field drills of Ulchi Freedom Shield 2025 were deferred, and Lee signalled that provisions halting drills near the border could be restored.",
    note: "Coded from the handover; the first evidence is the August 2025 exercise. The deferral was officially put down to the heat; the JCS also weighed the North's reaction, so the diplomatic motive is partly inferred.",
    evidence: [
      ev(
        "S108",
        "Ulchi Freedom Shield 2025 ran on a scale similar to 2024, but about half of the 40 planned field training exercises were postponed to September; the JCS cited the weather and also considered possible reactions from the North.",
      ),
      ev("S109", "By late September only five of the roughly 20 postponed field drills had taken place; analysts suggested the move was also meant to avoid provoking the North."),
      ev("S106", "Lee said Seoul could first reinstate the 2018 military agreement's provisions halting military exercises near the Military Demarcation Line."),
    ],
  },
  noPosition(
    "ROK",
    "abductions",
    LEE,
    1,
    `No stated position of the Lee government on the abduction issue in the sources read (to ${CODING_HORIZON}).`,
    "No stated position: the abduction issue is not raised in any 2025-26 source read on Seoul's policy.",
  ),
  {
    actor: "ROK",
    issue: "inter-korean-cooperation",
    validFrom: LEE,
    position: 1,
    salience: 4,
    confidence: "medium",
    summary:
      "Under Lee, Seoul seeks to restore inter-Korean exchange and economic cooperation, putting \"exchange\" first in its END initiative, within the existing sanctions framework.",
    note: "Coded from the handover; the line was set out on 2025-08-15 and 2025-09-23. Placing it at +1 (not +2) rests on the absence of any call to act regardless of sanctions.",
    evidence: [
      ev("S106", "In his Liberation Day address Lee urged the resumption of economic cooperation for mutual growth and pledged to restore the foundation for exchanges and cooperation."),
      ev("S114", "The END initiative opens with expanding inter-Korean exchanges and cooperation."),
    ],
  },
  {
    actor: "ROK",
    issue: "summit-diplomacy",
    validFrom: LEE,
    position: 1,
    salience: 4,
    confidence: "medium",
    summary:
      "Under Lee, Seoul seeks to revive dialogue with Pyongyang without preconditions, halting the border loudspeakers and asking Trump to meet Kim; the North refuses.",
    evidence: [
      ev("S102", "On 2025-06-11 Lee ordered the military to suspend loudspeaker broadcasts toward the North to restore inter-Korean trust."),
      ev(
        "S105",
        "On Liberation Day Lee affirmed respect for the North's current system, ruled out unification by absorption and said Seoul has no intention of hostile acts.",
        {
          quote:
            "We affirm our respect for the North's current system, aver that we will not pursue any form of unification by absorption and assert that we have no intention of engaging in hostile acts",
        },
      ),
      ev("S110", "At his first summit with Trump (2025-08-25) Lee asked him to meet Kim Jong Un and play the role of peacemaker."),
    ],
  },
  LEE_NONE("yongbyon", 2, "Yongbyon"),
  {
    actor: "ROK",
    issue: "security-order",
    validFrom: LEE,
    position: -1,
    salience: 4,
    confidence: "medium",
    summary:
      "Under Lee, Seoul keeps the alliance and USFK while restoring the 2018 inter-Korean military agreement step by step: confidence-building without changing the structure.",
    note: "Coded from the handover; the alliance line is from the inauguration, the military-agreement plan from 2025-08-15.",
    evidence: [
      ev("S87", "Taking office, Lee pledged to build peace on the peninsula through dialogue and cooperation with the DPRK."),
      ev("S105", "Lee said Seoul would take proactive, gradual steps to restore the 2018 inter-Korean military agreement suspended under Yoon.", {
        quote: "proactive, gradual steps",
      }),
      ev("S110", "At the August 2025 summit Trump denied considering troop reductions in South Korea; Lee sought to modernize the alliance."),
    ],
  },
  LEE_NONE("verification", 2, "verification"),
  noPosition(
    "ROK",
    "japan-dprk-normalization",
    LEE,
    1,
    `No stated position of the Lee government on Japan-DPRK normalization in the sources read (to ${CODING_HORIZON}).`,
    "No stated position: the END initiative's \"normalization\" concerns the North's relations in general (the report read breaks off before naming the partners), so it is not coded as a line on Japan-DPRK normalization.",
  ),

  // ======================================= JPN: Ishiba from 2024-10-01 =======================================
  {
    actor: "JPN",
    issue: "complete-denuclearization",
    validFrom: ISHIBA,
    position: -2,
    salience: 5,
    confidence: "medium",
    summary:
      "Under Ishiba, Japan keeps the goal of the complete denuclearization of the DPRK, reaffirmed with the US and the ROK at Munich in February 2025.",
    note: "Carried forward: Japan's CVID line is unchanged; the 2025 trilateral statement restates the complete-denuclearization goal (one report read, hence medium).",
    evidence: [
      ev(
        "S95",
        "On 2025-02-15 in Munich the foreign ministers of Japan, the ROK and the US stated their resolute commitment to the complete denuclearization of the DPRK.",
        { quote: "resolute commitment to the complete denuclearization" },
      ),
    ],
  },
  JPN_NONE("sequencing", ISHIBA, "Ishiba", 4, "sequencing"),
  JPN_NONE("sanctions-relief", ISHIBA, "Ishiba", 4, "sanctions relief"),
  JPN_NONE("end-of-war-declaration", ISHIBA, "Ishiba", 2, "an end-of-war declaration"),
  JPN_NONE("missile-scope", ISHIBA, "Ishiba", 4, "the scope of missile issues"),
  JPN_NONE("joint-exercises", ISHIBA, "Ishiba", 3, "US-ROK joint exercises"),
  {
    actor: "JPN",
    issue: "abductions",
    validFrom: ISHIBA,
    position: -2,
    salience: 5,
    confidence: "high",
    summary: "Under Ishiba, Japan calls resolving the abductions the government's most important task, a condition of any normalization.",
    note: "Carried forward: Ishiba restated the line in his first policy speech.",
    evidence: [
      ev("S89", "In his first policy speech Ishiba called the abduction issue the most important task of his government.", {
        quote: "the most important task of the regime",
        note: "RFA's translation of the speech.",
      }),
      ev("S90", "Ishiba told the abductees' families that the government will work on the issue; their representative opposed his liaison-office plan."),
    ],
  },
  {
    actor: "JPN",
    issue: "summit-diplomacy",
    validFrom: ISHIBA,
    position: 1,
    salience: 4,
    confidence: "medium",
    summary:
      "Under Ishiba, Japan remains open to a summit with Kim to break the deadlock on the abductions and floated liaison offices as a channel.",
    note: "Carried forward from Kishida's offer of a summit without preconditions; Ishiba restated willingness to hold summit talks.",
    evidence: [
      ev("S91", "Meeting the abductees' families, Ishiba expressed a willingness to hold summit talks with Kim Jong Un."),
      ev("S92", "In May 2025 Ishiba said breaking the deadlock needs candid dialogue between the leaders of Japan and North Korea.", {
        quote: "there must be candid dialogue and direct confrontation between the leaders of Japan and North Korea",
      }),
    ],
  },
  JPN_NONE("yongbyon", ISHIBA, "Ishiba", 2, "Yongbyon"),
  JPN_NONE("security-order", ISHIBA, "Ishiba", 4, "the security order on the peninsula"),
  JPN_NONE("verification", ISHIBA, "Ishiba", 3, "verification"),
  {
    actor: "JPN",
    issue: "japan-dprk-normalization",
    validFrom: ISHIBA,
    position: -1,
    salience: 4,
    confidence: "medium",
    summary:
      "Under Ishiba, Japan keeps resolving the abductions ahead of normalization but proposed liaison offices in Tokyo and Pyongyang as a step to resolve them.",
    note: "Carried forward: the liaison offices were presented as a means to resolve the abductions, not as normalization; the abductee families opposed them.",
    evidence: [
      ev(
        "S88",
        "The day after being sworn in, Ishiba told the abductee families' association he would pursue liaison offices in Japan and North Korea despite its opposition; he had said they might take priority over a summit.",
      ),
      ev("S89", "Ishiba would consider a Tokyo-Pyongyang liaison office to resolve the abduction issue, which remains the obstacle to normalization."),
    ],
  },

  // ======================================= JPN: Takaichi from 2025-10-21 =======================================
  JPN_NONE("complete-denuclearization", TAKAICHI, "Takaichi", 5, "complete denuclearization"),
  JPN_NONE("sequencing", TAKAICHI, "Takaichi", 4, "sequencing"),
  JPN_NONE("sanctions-relief", TAKAICHI, "Takaichi", 4, "sanctions relief"),
  JPN_NONE("end-of-war-declaration", TAKAICHI, "Takaichi", 2, "an end-of-war declaration"),
  JPN_NONE("missile-scope", TAKAICHI, "Takaichi", 4, "the scope of missile issues"),
  JPN_NONE("joint-exercises", TAKAICHI, "Takaichi", 3, "US-ROK joint exercises"),
  {
    actor: "JPN",
    issue: "abductions",
    validFrom: TAKAICHI,
    position: -2,
    salience: 5,
    confidence: "medium",
    summary: "Under Takaichi, Japan calls the abduction issue a top priority of the government.",
    note: "Carried forward: Takaichi restated the line at the national meeting of abductee families (one report read, hence medium).",
    evidence: [ev("S96", "On 2025-11-03 Takaichi called the abduction issue a top priority of her government.")],
  },
  {
    actor: "JPN",
    issue: "summit-diplomacy",
    validFrom: TAKAICHI,
    position: 1,
    salience: 4,
    confidence: "medium",
    summary: "Under Takaichi, Japan has conveyed to Pyongyang its wish for a summit with Kim; no answer is reported.",
    evidence: [
      ev("S96", "Takaichi said Japan had already conveyed to North Korea its desire to hold a summit meeting.", {
        quote: "We have already conveyed to North Korea our desire to hold a summit meeting",
      }),
      ev("S97", "A government source said Takaichi had proposed a summit from her first day in office (21 October 2025) and Pyongyang had not responded."),
    ],
  },
  JPN_NONE("yongbyon", TAKAICHI, "Takaichi", 2, "Yongbyon"),
  JPN_NONE("security-order", TAKAICHI, "Takaichi", 4, "the security order on the peninsula"),
  JPN_NONE("verification", TAKAICHI, "Takaichi", 3, "verification"),
  {
    actor: "JPN",
    issue: "japan-dprk-normalization",
    validFrom: TAKAICHI,
    position: -1,
    salience: 4,
    confidence: "low",
    summary: "Under Takaichi, Japan ties a shared future with the DPRK to resolving the abductions first.",
    note: "Carried forward at low confidence: Takaichi said resolving the abductions is essential for both countries to envision a future of peace and prosperity; she did not speak of normalization as such.",
    evidence: [
      ev(
        "S96",
        "Takaichi said resolving the abduction issue while the families are still in good health is essential for Japan and North Korea to envision a future of peace and prosperity.",
      ),
    ],
  },

  // ======================================= USA: Trump's second term from 2025-01-20 =======================================
  {
    actor: "USA",
    issue: "complete-denuclearization",
    validFrom: TRUMP2,
    position: -2,
    salience: 4,
    confidence: "medium",
    summary:
      "In its second term the Trump administration keeps complete denuclearization of the DPRK as its stated goal, though Trump himself calls the DPRK a \"nuclear power\" (January 2025) and \"sort of a nuclear power\" (October 2025).",
    note: "Contested: the NSC and the Munich statement restate complete denuclearization; Trump's own remarks point the other way. Coded on the stated policy, at medium confidence.",
    evidence: [
      ev("S94", "The NSC spokesperson said Trump will pursue the complete denuclearization of North Korea, as in his first term.", {
        quote: "President Trump will pursue the complete denuclearization of North Korea, just as he did in his first term",
      }),
      ev("S95", "On 2025-02-15 Secretary Rubio joined the Japanese and ROK foreign ministers in a statement committing to the complete denuclearization of the DPRK."),
      ev("S93", "On his first day in office Trump said of Kim Jong Un that he has nuclear power.", {
        note: "Contrary signal: an impromptu remark, not a statement of policy.",
      }),
      ev("S117", "In October 2025 Trump said he thinks the DPRK is sort of a nuclear power.", {
        quote: "I think they are sort of a nuclear power",
        note: "Contrary signal: an answer to reporters aboard Air Force One.",
      }),
    ],
  },
  USA_NONE("sequencing", 3, "sequencing"),
  USA_NONE("sanctions-relief", 4, "sanctions relief"),
  USA_NONE("end-of-war-declaration", 2, "an end-of-war declaration"),
  USA_NONE("missile-scope", 2, "the scope of missile issues"),
  {
    actor: "USA",
    issue: "joint-exercises",
    validFrom: TRUMP2,
    position: -2,
    salience: 4,
    confidence: "medium",
    summary: "In early 2025 the US held the full Freedom Shield exercise with the ROK, continuing large-scale combined training.",
    note: "Carried forward from the Biden-era coding: Freedom Shield 25 went ahead in March 2025.",
    evidence: [ev("S124", "The US Army presented Freedom Shield 25 (March 2025) as an exercise to strengthen the capabilities, interoperability and readiness of ROK and US forces.")],
  },
  {
    actor: "USA",
    issue: "joint-exercises",
    validFrom: "2025-08-18",
    position: -1,
    salience: 4,
    confidence: "medium",
    summary:
      "From Ulchi Freedom Shield 2025 the allies kept the exercises but deferred about half of the field drills, a change of timing and profile.",
    note: "The postponement was announced jointly by the JCS and USFK and officially put down to the heat; Freedom Shield 26 (March 2026) went ahead with field training, and the reported reduction of its field drills was not confirmed in any source read.",
    evidence: [
      ev("S108", "The allies ran Ulchi Freedom Shield from 18 to 28 August 2025 but postponed about half of the 40 planned field training exercises to September."),
      ev("S125", "Freedom Shield 26 began on 2026-03-09 with a combined airborne operation and live-fire training."),
    ],
  },
  USA_NONE("inter-korean-cooperation", 2, "inter-Korean cooperation"),
  {
    actor: "USA",
    issue: "summit-diplomacy",
    validFrom: TRUMP2,
    position: 1,
    salience: 4,
    confidence: "medium",
    summary:
      "In his second term Trump says he is open to meeting Kim (\"100 percent\" in October 2025) and expects to meet him, but no meeting took place in the sources read.",
    note: "Coded +1 (open, no preconditions) rather than +2: no summit was arranged; whether any Trump-Kim meeting happened in 2026 was not found in stored sources.",
    evidence: [
      ev("S93", "On his first day in office Trump said he got along very well with Kim and thought Kim would be pleased that he was back."),
      ev("S110", "At the August 2025 summit with Lee, Trump said he expected to meet Kim this year or next."),
      ev("S116", "Asked in October 2025 whether he would meet Kim during his Asia trip, Trump said he would be open to it 100 percent.", {
        quote: "I would be open to it 100 percent",
      }),
    ],
  },
  USA_NONE("yongbyon", 2, "Yongbyon"),
  {
    actor: "USA",
    issue: "security-order",
    validFrom: TRUMP2,
    position: -2,
    salience: 3,
    confidence: "low",
    summary: "In its second term the US keeps its force posture in Korea; Trump denied considering troop reductions in August 2025.",
    note: "Carried forward at low confidence: one report of Trump's denial; no restatement of extended deterrence was found in the sources read.",
    evidence: [ev("S110", "At the August 2025 summit Trump denied considering troop reductions in South Korea.")],
  },
  USA_NONE("verification", 3, "verification"),

  // ======================================= DPRK: 2025-26 =======================================
  {
    actor: "DPRK",
    issue: "complete-denuclearization",
    validFrom: "2026-02-19",
    position: 2,
    salience: 5,
    confidence: "high",
    summary:
      "At the 9th Party Congress Pyongyang declared its position \"irreversible\" and codified its status as a permanent nuclear-armed state.",
    evidence: [
      ev("S122", "Opening the congress, Kim said the position of the state was firmly consolidated as an irreversible one.", {
        quote: "the position of our state was firmly consolidated as an irreversible one",
      }),
      ev("S119", "The congress (19-25 February 2026) cemented the DPRK's status as a permanent nuclear-armed state and introduced an integrated nuclear crisis-response system."),
      ev("S120", "The congress codified the DPRK's status as a permanent nuclear-armed state, emphasizing further nuclear expansion."),
    ],
  },
  {
    actor: "DPRK",
    issue: "sequencing",
    validFrom: "2025-09-21",
    position: null,
    salience: 4,
    confidence: "high",
    summary:
      "Pyongyang rejects any exchange of nuclear steps for rewards: Kim said there will never be negotiations trading anything for sanctions relief, so no sequencing position exists to code.",
    note: "No position on the scale: the sequencing scale presupposes denuclearization steps, which Pyongyang rules out. Its 2022 nuclear-forces law had already ruled out bargaining over nuclear weapons (S17).",
    evidence: [
      ev("S113", "Kim told the Supreme People's Assembly he would never dismantle the nuclear arsenal in exchange for sanctions relief and dismissed phased negotiations."),
      ev("S112", "Kim urged the US to drop its demand that the North surrender its nuclear weapons as a precondition for diplomacy."),
    ],
  },
  {
    actor: "DPRK",
    issue: "sanctions-relief",
    validFrom: "2025-09-21",
    position: 2,
    salience: 4,
    confidence: "high",
    summary:
      "Pyongyang refuses to trade anything for sanctions relief and says sanctions have only hardened it, a restatement of the maximal line.",
    note: "Restated: same position as since 2019-12-28, recorded at the date of Kim's speech.",
    evidence: [
      ev("S113", "Kim said he would never dismantle the nuclear arsenal in exchange for sanctions relief."),
      ev("S112", "Kim's speech to the Supreme People's Assembly set dropping the denuclearization demand as the condition for any talks with the US."),
    ],
  },
  {
    actor: "DPRK",
    issue: "end-of-war-declaration",
    validFrom: "2025-09-21",
    position: null,
    salience: 1,
    confidence: "medium",
    summary: "Pyongyang no longer bargains over steps such as an end-of-war declaration; no position on it is stated in 2025-26.",
    note: "No stated position: the last DPRK statement on a declaration is from 2021 (S65); Kim's 2025 refusal of any bargain leaves nothing to code.",
    evidence: [ev("S113", "Kim dismissed phased negotiations and any exchange of his nuclear arsenal for relief.")],
  },
  {
    actor: "DPRK",
    issue: "yongbyon",
    validFrom: "2025-09-21",
    position: null,
    salience: 1,
    confidence: "medium",
    summary: "The Hanoi offer to dismantle Yongbyon lapsed: Pyongyang now refuses to trade any part of its nuclear programme.",
    note: "No position on the scale: the scale measures what dismantling Yongbyon is worth, and Pyongyang no longer offers it.",
    evidence: [ev("S113", "Kim said he would never dismantle the nuclear arsenal in exchange for sanctions relief.")],
  },
  {
    actor: "DPRK",
    issue: "verification",
    validFrom: "2025-09-21",
    position: null,
    salience: 1,
    confidence: "medium",
    summary: "With no dismantlement on offer, Pyongyang states no position on verification.",
    note: "No position on the scale: the 2018-19 offers of observed dismantlement lapsed with the refusal of any denuclearization talks.",
    evidence: [ev("S112", "Kim conditioned any talks with the US on its dropping the demand that the North give up its nuclear weapons.")],
  },
  REVIEWED_NONE("DPRK", "missile-scope", 3, "the scope of missile issues", "the May 2019 description of launches as self-defensive (S64)"),
  {
    actor: "DPRK",
    issue: "joint-exercises",
    validFrom: "2025-08-10",
    position: 2,
    salience: 4,
    confidence: "medium",
    summary: "Pyongyang condemned Ulchi Freedom Shield 2025 as provocative and calls the drills rehearsals for nuclear war.",
    note: "Restated: same position as since 2018-06-12, recorded at the 2025 statement.",
    evidence: [
      ev("S108", "On 2025-08-10 DPRK defence minister No Kwang Chol condemned the drills as \"provocative actions\" and warned of serious consequences."),
      ev("S113", "In September 2025 Kim described the US-ROK joint drills as rehearsals for nuclear war."),
    ],
  },
  REVIEWED_NONE("DPRK", "abductions", 2, "the abduction issue", "KCNA's 2023 statement that it is settled (S74)"),
  {
    actor: "DPRK",
    issue: "inter-korean-cooperation",
    validFrom: "2026-02-19",
    position: -2,
    salience: 4,
    confidence: "high",
    summary:
      "The 9th Party Congress formalized the permanent severance of ties with the South, and the revised constitution drops reunification: no cooperation.",
    evidence: [
      ev("S119", "The congress formalized the permanent severance of ties with South Korea."),
      ev("S121", "The revised constitution (adopted in March 2026, text released in May) removes all references to reunification and adds a territorial clause naming the ROK as the neighbour to the south."),
    ],
  },
  {
    actor: "DPRK",
    issue: "summit-diplomacy",
    counterpart: "ROK",
    validFrom: "2025-07-28",
    position: -2,
    salience: 3,
    confidence: "high",
    summary:
      "Pyongyang rejects any talks with the Lee government: whatever Seoul proposes, there is neither reason to meet nor anything to discuss; the 9th Party Congress named the South the first hostile state.",
    note: "Restated: same position as since 2019-08-16, recorded at the first official response to the Lee government.",
    evidence: [
      ev("S103", "Kim Yo Jong said Pyongyang has no interest in any Seoul policy or proposal and there is neither a reason to meet nor an issue to discuss with the ROK.", {
        quote:
          "no matter what policy is adopted and whatever proposal is made in Seoul, we have no interest in it and there is neither the reason to meet nor the issue to be discussed with the ROK",
      }),
      ev("S104", "KBS reports the statement as the North's first official response to the Lee government's overtures."),
      ev("S120", "The 9th Party Congress designated South Korea the first hostile state."),
    ],
  },
  {
    actor: "DPRK",
    issue: "summit-diplomacy",
    counterpart: "USA",
    validFrom: "2025-09-21",
    position: -2,
    salience: 4,
    confidence: "high",
    summary:
      "Kim says he will talk with the US only if it drops its demand for denuclearization and accepts the North's nuclear status; the 9th Party Congress repeated the condition.",
    evidence: [
      ev(
        "S112",
        "Kim urged the US to drop its demand that the North surrender its nuclear weapons as a precondition for resuming diplomacy, and ruled out dialogue with the South.",
      ),
      ev("S113", "Kim said he still has fond memories of Trump but would never give up nuclear weapons.", {
        quote: "Personally, I still have fond memories of U.S. President Donald Trump",
      }),
      ev("S120", "At the 9th Party Congress Kim suggested openness to talks with Washington only if the US accepts the North's nuclear status and abandons its hostile policy."),
    ],
  },
  REVIEWED_NONE(
    "DPRK",
    "summit-diplomacy",
    2,
    "a summit with Japan",
    "the March 2024 rejection of Kishida's bid (S46); Takaichi's 2025 request drew no reported response (S97)",
    "JPN",
  ),
  {
    actor: "DPRK",
    issue: "security-order",
    validFrom: "2026-02-19",
    position: 2,
    salience: 4,
    confidence: "medium",
    summary: "Pyongyang demands that the US abandon its hostile policy and treats the allies' drills as nuclear-war rehearsals.",
    note: "Restated: same position as since 2018-12, recorded at the 9th Party Congress.",
    evidence: [
      ev("S120", "At the congress Kim made US abandonment of its hostile policy and acceptance of the North's nuclear status the condition for talks."),
      ev("S113", "In September 2025 Kim pointed to US-ROK drills as evidence of hostile intent."),
    ],
  },
  REVIEWED_NONE("DPRK", "japan-dprk-normalization", 2, "Japan-DPRK normalization", "the June 2019 demand that Japan admit its wrongdoings (S32)"),

  // ======================================= CHN =======================================
  {
    actor: "CHN",
    issue: "complete-denuclearization",
    validFrom: "2025-11-27",
    position: 1,
    salience: 3,
    confidence: "low",
    summary:
      "China's 2025 arms-control white paper drops the denuclearization of the peninsula, calls for a political resolution and asks the parties to desist from aggressive deterrence and coercion.",
    note: "Contested inference: analysts read the omission as tacit acceptance of a nuclear-armed DPRK, while the foreign ministry said its statements including denuclearization still stand. Coded +1 (the US threat and umbrella in scope) at low confidence.",
    evidence: [
      ev(
        "S118",
        "The white paper of 2025-11-27 omits the denuclearization of the Korean Peninsula for the first time in 19 years and speaks of resolving the issue through political means.",
        { quote: "resolution of the Korean peninsula issue through political means" },
      ),
      ev("S123", "Foreign ministry spokesman Guo Jiakun said on 2025-12-08 that Beijing maintains its statements on the peninsula issue, including denuclearization.", {
        note: "Contrary signal, read in KBS World's Indonesian service.",
      }),
    ],
  },
  REVIEWED_NONE("CHN", "sanctions-relief", 3, "sanctions relief", "the 2022 veto of new sanctions (S39) and the 2024 abstention on the Panel of Experts (S40)"),
  REVIEWED_NONE("CHN", "end-of-war-declaration", 2, "an end-of-war declaration", "the May 2018 offer to join a peace treaty (S70)"),
  REVIEWED_NONE("CHN", "joint-exercises", 3, "US-ROK joint exercises", "the 2017 \"suspension for suspension\" proposal (S37)"),
  REVIEWED_NONE("CHN", "inter-korean-cooperation", 2, "inter-Korean cooperation", "the December 2019 UNSC draft (S38)"),
  {
    actor: "CHN",
    issue: "security-order",
    validFrom: "2025-11-27",
    position: 2,
    salience: 3,
    confidence: "low",
    summary:
      "China's 2025 white paper condemns US extended deterrence and calls on the parties to desist from aggressive deterrence and coercion.",
    note: "Inferred at low confidence: the white paper attacks the US posture in general terms; it does not name USFK or the umbrella in Korea.",
    evidence: [
      ev("S118", "The white paper calls for the peninsula issue to be resolved through political means; the foreign ministry last mentioned dual-track progress in March 2024."),
    ],
  },

  // ======================================= RUS =======================================
  {
    actor: "RUS",
    issue: "complete-denuclearization",
    validFrom: "2024-09-26",
    position: 2,
    salience: 3,
    confidence: "high",
    summary: "Russia calls the denuclearization of the DPRK a \"closed issue\" and stands with Pyongyang against US extended deterrence.",
    evidence: [
      ev(
        "S100",
        "Lavrov called denuclearizing North Korea a \"closed issue\", said the term had lost all meaning and pledged to stand with Pyongyang against US expanded nuclear deterrence.",
      ),
    ],
  },
  {
    actor: "RUS",
    issue: "security-order",
    validFrom: "2024-06-19",
    position: 2,
    salience: 3,
    confidence: "medium",
    summary:
      "Russia signed a treaty of mutual assistance with the DPRK and opposes the US \"expanded nuclear deterrence\" in the region, siding with Pyongyang against the US posture.",
    note: "Inferred: the treaty and Lavrov's statements oppose the US posture; Russia has not spelled out a line on USFK or the peninsula's security order.",
    evidence: [
      ev("S98", "Putin said the comprehensive partnership treaty provides for mutual assistance in the event of aggression against either party."),
      ev("S100", "Lavrov called the US expanded nuclear deterrence with the ROK and Japan a real and extremely serious threat to regional security."),
      ev("S101", "In April 2025 the DPRK confirmed that its troops fought for Russia in Kursk under the treaty."),
    ],
  },
  REVIEWED_NONE("RUS", "inter-korean-cooperation", 2, "inter-Korean cooperation", "the December 2019 UNSC draft (S38)"),
];

export const EVENTS_2024_2026: EventSeed[] = [
  {
    key: "E52",
    date: "2021-01-20",
    title: "Biden inaugurated",
    description: "Joe Biden is sworn in as the 46th president of the United States; the Trump administration's rows end on 2021-01-19.",
    actors: ["USA"],
    sources: ["S80"],
    confidence: "high",
  },
  {
    key: "E53",
    date: "2021-10-04",
    title: "Kishida becomes prime minister",
    description: "The Diet elects Fumio Kishida Japan's 100th prime minister, succeeding Yoshihide Suga.",
    actors: ["JPN"],
    sources: ["S79"],
    confidence: "high",
  },
  {
    key: "E54",
    date: "2022-05-10",
    title: "Yoon inaugurated",
    description:
      "Yoon Suk Yeol takes office (Moon's term ends 2022-05-09) and offers an \"audacious plan\" for the North's economy if it genuinely embarks on complete denuclearization.",
    actors: ["ROK"],
    sources: ["S78"],
    confidence: "high",
  },
  {
    key: "E55",
    date: "2024-09-26",
    title: "Lavrov: DPRK denuclearization a \"closed issue\"",
    description: "Russia's foreign minister calls the denuclearization of North Korea a closed issue and sides with Pyongyang against US extended deterrence.",
    actors: ["RUS", "DPRK"],
    sources: ["S100"],
    confidence: "high",
  },
  {
    key: "E56",
    date: "2024-10-01",
    title: "Ishiba becomes prime minister",
    description:
      "Shigeru Ishiba takes office, calls the abductions his government's most important task and proposes liaison offices in Tokyo and Pyongyang. The date is inferred from KBS's report that he called the families a day after being sworn in.",
    actors: ["JPN", "DPRK"],
    sources: ["S88", "S89"],
    confidence: "medium",
  },
  {
    key: "E57",
    date: "2024-12-03",
    endDate: "2025-04-04",
    title: "ROK martial law, impeachment and removal of Yoon",
    description:
      "Yoon declares martial law on 2024-12-03 (lifted within hours); the National Assembly impeaches him on 2024-12-14 and the Constitutional Court removes him on 2025-04-04; acting presidents govern until 2025-06-03.",
    actors: ["ROK"],
    sources: ["S85"],
    confidence: "high",
  },
  {
    key: "E58",
    date: "2024-12-04",
    title: "Russia-DPRK treaty enters into force",
    description: "The Comprehensive Strategic Partnership Treaty signed on 2024-06-19 enters into force on the exchange of ratification instruments.",
    actors: ["RUS", "DPRK"],
    sources: ["S99", "S98"],
    confidence: "medium",
  },
  {
    key: "E59",
    date: "2025-01-20",
    title: "Trump's second term begins",
    description:
      "On his first day Trump says of Kim that \"he has nuclear power\"; on 2025-01-28 the NSC says he will pursue the complete denuclearization of North Korea.",
    actors: ["USA", "DPRK"],
    sources: ["S93", "S94"],
    confidence: "high",
  },
  {
    key: "E60",
    date: "2025-02-15",
    endDate: "2025-02-18",
    title: "Munich trilateral statement; DPRK rejects denuclearization",
    description:
      "The US, Japanese and ROK foreign ministers commit to the complete denuclearization of the DPRK; on 2025-02-18 the DPRK calls the goal outdated and absurd.",
    actors: ["USA", "JPN", "ROK", "DPRK"],
    sources: ["S95"],
    confidence: "high",
  },
  {
    key: "E61",
    date: "2025-04-28",
    title: "DPRK confirms its troops fought in Kursk",
    description: "The DPRK confirms for the first time that its troops fought for Russia in the Kursk region, on Kim's order under the treaty.",
    actors: ["DPRK", "RUS"],
    sources: ["S101"],
    confidence: "high",
  },
  {
    key: "E62",
    date: "2025-06-04",
    title: "Lee Jae-myung takes office",
    description:
      "Lee's term begins at 6:21 a.m. when the election commission certifies his win; he pledges peace through dialogue and cooperation with the DPRK.",
    actors: ["ROK"],
    sources: ["S86", "S87"],
    confidence: "high",
  },
  {
    key: "E63",
    date: "2025-06-11",
    title: "ROK halts border loudspeaker broadcasts",
    description: "Lee orders the military to suspend propaganda broadcasts toward the North to restore inter-Korean trust.",
    actors: ["ROK"],
    sources: ["S102"],
    confidence: "high",
  },
  {
    key: "E64",
    date: "2025-07-28",
    title: "Kim Yo Jong: no interest in any Seoul proposal",
    description: "The DPRK's first official response to the Lee government: no interest in any policy or proposal from Seoul, nothing to discuss.",
    actors: ["DPRK", "ROK"],
    sources: ["S103", "S104"],
    confidence: "high",
  },
  {
    key: "E65",
    date: "2025-08-15",
    title: "Lee's Liberation Day speech",
    description:
      "Lee affirms respect for the North's system, rules out unification by absorption and hostile acts, and pledges gradual steps to restore the 2018 military agreement.",
    actors: ["ROK", "DPRK"],
    sources: ["S105", "S106"],
    confidence: "high",
  },
  {
    key: "E66",
    date: "2025-08-18",
    endDate: "2025-08-28",
    title: "Ulchi Freedom Shield with half the field drills deferred",
    description: "The allies hold UFS 2025 on last year's scale but postpone about half of 40 field drills to September; only five had been held by late September.",
    actors: ["ROK", "USA"],
    sources: ["S108", "S109"],
    confidence: "medium",
  },
  {
    key: "E67",
    date: "2025-08-25",
    title: "Trump-Lee summit",
    description: "Lee asks Trump to be a \"peacemaker\" and meet Kim; Trump says he expects to meet Kim this year or next and denies considering troop cuts.",
    actors: ["USA", "ROK"],
    sources: ["S110"],
    confidence: "medium",
  },
  {
    key: "E68",
    date: "2025-09-04",
    title: "Xi-Kim talks in Beijing",
    description:
      "Kim and Xi hold their first talks in six years after the Beijing Victory Day parade; the reports read give few details and say nothing of denuclearization.",
    actors: ["CHN", "DPRK"],
    sources: ["S111"],
    confidence: "high",
  },
  {
    key: "E69",
    date: "2025-09-21",
    title: "Kim: never give up nuclear weapons",
    description:
      "In a speech to the Supreme People's Assembly Kim rules out trading nuclear weapons for sanctions relief, offers talks with the US only if it drops denuclearization and rules out dialogue with the South.",
    actors: ["DPRK", "USA", "ROK"],
    sources: ["S112", "S113"],
    confidence: "high",
  },
  {
    key: "E70",
    date: "2025-09-23",
    title: "Lee's END initiative at the UN",
    description:
      "At the UN General Assembly Lee proposes the END initiative (exchange, normalization, denuclearization) and a phased solution: freeze, reduce, dismantle.",
    actors: ["ROK"],
    sources: ["S114", "S115"],
    confidence: "high",
  },
  {
    key: "E71",
    date: "2025-10-21",
    endDate: "2025-11-03",
    title: "Takaichi becomes prime minister and seeks a summit",
    description:
      "Sanae Takaichi takes office on 2025-10-21 and proposes a summit to Pyongyang from her first day; on 2025-11-03 she says the wish has been conveyed. No response is reported.",
    actors: ["JPN", "DPRK"],
    sources: ["S97", "S96"],
    confidence: "medium",
  },
  {
    key: "E72",
    date: "2025-10-24",
    endDate: "2025-10-25",
    title: "Trump \"100 percent\" open to meeting Kim",
    description: "Before his Asia trip Trump says he is open to meeting Kim and calls the DPRK \"sort of a nuclear power\".",
    actors: ["USA", "DPRK"],
    sources: ["S116", "S117"],
    confidence: "high",
  },
  {
    key: "E73",
    date: "2025-11-27",
    title: "China's white paper drops peninsula denuclearization",
    description:
      "China's arms-control white paper omits the denuclearization of the Korean Peninsula for the first time and calls for a political resolution; the foreign ministry later says its statements still stand.",
    actors: ["CHN"],
    sources: ["S118", "S123"],
    confidence: "medium",
  },
  {
    key: "E74",
    date: "2026-02-19",
    endDate: "2026-02-25",
    title: "WPK 9th Party Congress",
    description:
      "The congress declares the DPRK's position irreversible, codifies it as a permanent nuclear-armed state, formalizes the break with the South (the \"first hostile state\") and conditions talks with the US on acceptance of its nuclear status.",
    actors: ["DPRK", "ROK", "USA"],
    sources: ["S119", "S120", "S122"],
    confidence: "high",
  },
  {
    key: "E75",
    date: "2026-05-06",
    title: "DPRK constitution without reunification",
    description:
      "The text of the constitution revised in March 2026 is released: references to reunification are removed and a territorial clause names the ROK as the neighbour to the south; it does not call the ROK the principal enemy.",
    actors: ["DPRK", "ROK"],
    sources: ["S121"],
    confidence: "medium",
  },
];
