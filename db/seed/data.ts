/**
 * Curated seed dataset for Stance Atlas, transcribed from shared/domain/FACTS.md and the primary source S0
 * (IFANS Focus, YOON Sukjung, 2021-02-03). Position values are codings of the cited evidence: proposals an
 * analyst may revise, not measurements. Quotes are stored only where FACTS.md marks checked quotations (or,
 * for S0, where the words are verbatim in the seed article); everything else is paraphrase.
 */
import { EVENTS_2024_2026, SOURCES_2024_2026, STANCES_2024_2026 } from "./data-2024-2026";
import type { ActorSeed, EventSeed, EvidenceSeed, IssueSeed, SourceSeed, StanceSeed } from "./types";

// ---------------------------------------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------------------------------------

export const ACTORS: ActorSeed[] = [
  {
    code: "ROK",
    name: "Republic of Korea (South Korea)",
    shortName: "South Korea",
    color: "#0072B2",
    displayOrder: 1,
    description:
      "South Korea, coded under the Moon Jae-in administration until 2022-05-09, the Yoon Suk Yeol administration from 2022-05-10 (impeached 2024-12-14, removed 2025-04-04; acting presidents until 2025-06-03) and the Lee Jae-myung administration from 2025-06-04.",
  },
  {
    code: "JPN",
    name: "Japan",
    shortName: "Japan",
    color: "#D55E00",
    displayOrder: 2,
    description:
      "Japan, coded under the Abe, Suga (from 2020-09), Kishida (from 2021-10-04), Ishiba (from 2024-10-01) and Takaichi (from 2025-10-21) governments.",
  },
  {
    code: "USA",
    name: "United States",
    shortName: "United States",
    color: "#009E73",
    displayOrder: 3,
    description:
      "The United States, coded under the first Trump administration (to 2021-01-19), the Biden administration (from 2021-01-20) and the second Trump administration (from 2025-01-20).",
  },
  {
    code: "DPRK",
    name: "Democratic People's Republic of Korea (North Korea)",
    shortName: "North Korea",
    color: "#CC79A7",
    displayOrder: 4,
    description:
      "North Korea under Kim Jong Un, whose nuclear and missile programs and relations with its neighbours are the subject of the peace process; coded to the 9th Party Congress (February 2026) and the constitution released in May 2026.",
  },
  {
    code: "CHN",
    name: "People's Republic of China",
    shortName: "China",
    color: "#E69F00",
    displayOrder: 5,
    description:
      "China, a permanent member of the UN Security Council and a signatory of the Korean War armistice, included as an additional actor.",
  },
  {
    code: "RUS",
    name: "Russian Federation",
    shortName: "Russia",
    color: "#56B4E9",
    displayOrder: 6,
    description:
      "Russia, a permanent member of the UN Security Council, included as an additional actor on sanctions, inter-Korean projects and, since the 2024 treaty with the DPRK, denuclearization and the security order.",
  },
];

// ---------------------------------------------------------------------------------------------------------
// Issues (FACTS.md section B). Scale labels are ordered -2, -1, 0, +1, +2; -2 is the pressure pole and +2
// the engagement / DPRK-preferred pole on every issue.
// ---------------------------------------------------------------------------------------------------------

export const ISSUES: IssueSeed[] = [
  {
    key: "I01",
    slug: "complete-denuclearization",
    title: "Meaning of \"complete denuclearization\"",
    cluster: "denuclearization",
    definition: "What has to be eliminated, where, and to what standard.",
    scale: [
      "CVID/FFVD of all DPRK nuclear programs (and WMD, missiles)",
      "Complete DPRK nuclear dismantlement (weapons, materials)",
      "Nuclear-free peninsula; scope and standard left open",
      "Peninsula-wide, incl. removing US nuclear threat and umbrella",
      "Denuclearization rejected; DPRK nuclear status permanent",
    ],
    displayOrder: 1,
  },
  {
    key: "I02",
    slug: "sequencing",
    title: "Sequencing",
    cluster: "sanctions-sequencing",
    definition: "Order of DPRK steps and rewards.",
    scale: [
      "Full denuclearization first, compensation afterwards",
      "Major denuclearization steps before rewards",
      "Simultaneous and parallel",
      "Phased action-for-action",
      "Rewards (\"corresponding measures\") first",
    ],
    displayOrder: 2,
  },
  {
    key: "I03",
    slug: "sanctions-relief",
    title: "Sanctions relief",
    cluster: "sanctions-sequencing",
    definition: "UN and unilateral sanctions.",
    scale: [
      "Keep or strengthen all sanctions until CVID",
      "Maintain sanctions; only narrow (e.g. humanitarian) exemptions",
      "Relief only at an irreversible stage",
      "Partial relief for partial steps",
      "Lift broadly now",
    ],
    displayOrder: 3,
  },
  {
    key: "I04",
    slug: "end-of-war-declaration",
    title: "End-of-war declaration",
    cluster: "security-order",
    definition: "Political declaration ending the 1950-53 war ahead of a peace treaty.",
    scale: [
      "Opposed until denuclearization",
      "Sceptical: premature at this stage",
      "Neutral; not pressed either way",
      "Early, revocable, confidence-building step",
      "Demanded as a precondition or first reward",
    ],
    displayOrder: 4,
  },
  {
    key: "I05",
    slug: "missile-scope",
    title: "Missile scope (SRBM/IRBM vs ICBM)",
    cluster: "security-order",
    definition: "Whether short- and intermediate-range launches are treated as part of the problem.",
    scale: [
      "All ranges must go; any launch violates UNSC resolutions",
      "All ranges in scope; short-range launches a lesser concern",
      "Ambiguous: short-range launches neither condoned nor pressed",
      "Only ICBMs and nuclear tests matter",
      "All missile launches are legitimate self-defence",
    ],
    displayOrder: 5,
  },
  {
    key: "I06",
    slug: "joint-exercises",
    title: "US-ROK joint exercises",
    cluster: "security-order",
    definition: "Scale of combined exercises.",
    scale: [
      "Full-scale exercises essential for deterrence",
      "Continue exercises, adjusting timing or profile",
      "Neutral: scale of exercises negotiable",
      "Suspend or scale down to help diplomacy",
      "End permanently (treated as a hostile act)",
    ],
    displayOrder: 6,
  },
  {
    key: "I07",
    slug: "abductions",
    title: "Abduction issue",
    cluster: "bilateral-humanitarian",
    definition: "DPRK abductions of Japanese nationals (Japan lists 17).",
    scale: [
      "Resolution a precondition for normalization or aid",
      "Raise it in talks",
      "Neutral; left to Japan and the DPRK",
      "Downplayed; not to stand in the way of talks",
      "\"Already resolved\"; no obligation to discuss",
    ],
    displayOrder: 7,
  },
  {
    key: "I08",
    slug: "inter-korean-cooperation",
    title: "Inter-Korean economic cooperation",
    cluster: "bilateral-humanitarian",
    definition: "Kaesong, Kumgang, rail and road projects.",
    scale: [
      "No cooperation (opposed or rejected)",
      "Cooperation frozen or tightly conditioned",
      "Limited or case-by-case cooperation only",
      "Cooperation within sanctions or with exemptions",
      "Full-scale cooperation regardless of sanctions",
    ],
    displayOrder: 8,
  },
  {
    key: "I09",
    slug: "summit-diplomacy",
    title: "Summit diplomacy / dialogue without preconditions",
    cluster: "bilateral-humanitarian",
    definition: "Willingness to hold leader-level talks without prior conditions.",
    scale: [
      "No talks unless the other side first meets conditions",
      "Reluctant; talks only if results are in prospect",
      "Noncommittal on leader-level talks",
      "Open to talks without preconditions",
      "Actively pursues leader summits",
    ],
    displayOrder: 9,
  },
  {
    key: "I10",
    slug: "yongbyon",
    title: "Yongbyon as a step",
    cluster: "denuclearization",
    definition: "What dismantling Yongbyon is worth.",
    scale: [
      "Worthless alone; only a comprehensive \"big deal\" counts",
      "Useful but insufficient; more sites needed for relief",
      "A meaningful step, worth reciprocity short of relief",
      "\"Entrance to an irreversible stage\", worth partial relief",
      "The maximum possible step, worth substantial relief",
    ],
    displayOrder: 10,
  },
  {
    key: "I11",
    slug: "security-order",
    title: "Security order (alliance, USFK, peace regime)",
    cluster: "security-order",
    definition: "Whether denuclearization changes the military order on the peninsula.",
    scale: [
      "Keep current structure unchanged until denuclearization",
      "Keep structure; limited confidence-building only",
      "Open to future changes; none on the table now",
      "Peace regime while keeping the alliance and USFK",
      "End US \"hostile\" posture, umbrella and strategic assets",
    ],
    displayOrder: 11,
  },
  {
    key: "I12",
    slug: "verification",
    title: "Verification",
    cluster: "denuclearization",
    definition: "Inspection standard.",
    scale: [
      "Full declaration plus intrusive IAEA/international inspection",
      "Verified dismantlement; inspection standard phased",
      "Verification in principle; modalities left to talks",
      "Invited experts observe selected dismantlement",
      "No outside inspection",
    ],
    displayOrder: 12,
  },
  {
    key: "I13",
    slug: "japan-dprk-normalization",
    title: "Japan-DPRK normalization (2002 framework)",
    cluster: "bilateral-humanitarian",
    definition: "Path to diplomatic ties.",
    scale: [
      "No normalization talks",
      "Normalization after abductions, nuclear, missiles resolved",
      "Normalization and outstanding issues addressed together",
      "Encourage early Japan-DPRK talks toward normalization",
      "Normalization first, with colonial-era settlement and aid",
    ],
    displayOrder: 13,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Sources (FACTS.md section E). Publisher and date are those of the first listed (dated) outlet.
// ---------------------------------------------------------------------------------------------------------

export const SOURCES: Record<string, SourceSeed> = {
  S0: {
    title:
      "The Korean Peninsula Peace Process and Japan's Diplomacy (2018-2019) Revisited: Analysis and Assessment",
    publisher: "IFANS Focus, Korea National Diplomatic Academy (YOON Sukjung)",
    date: "2021-02-03",
  },
  S1: {
    title: "Trump-Kim Singapore summit and joint statement (report, with full text)",
    publisher: "Euronews",
    date: "2018-06-12",
  },
  S2: {
    title: "Panmunjom Declaration of the April 2018 inter-Korean summit (text and reports)",
    publisher: "KBS World",
    date: "2018-04-27",
  },
  S3: {
    title: "Pyongyang Joint Declaration and Comprehensive Military Agreement (September 2018)",
    publisher: "Janes",
    date: "2018-09-21",
  },
  S4: {
    title: "Hanoi summit: the DPRK account of its offer and demands (Ri Yong Ho)",
    publisher: "CGTN America",
    date: "2019-02-28",
  },
  S5: {
    title: "Trump press conference after the Hanoi summit (transcript)",
    publisher: "VOA / Yonhap-NNN / thebl (transcript)",
    date: "2019-02-28",
  },
  S6: {
    title: "Suspension of the 2018 Ulchi Freedom Guardian exercise",
    publisher: "Global Times",
    date: "2018-06-19",
  },
  S7: {
    title: "Key Resolve and Foal Eagle ended, replaced by \"Dong Maeng\" (March 2019)",
    publisher: "ANI",
    date: "2019-03-03",
  },
  S8: {
    title: "Post-Singapore statements on joint drills and USFK (June 2018)",
    publisher: "KUNA / Arab News",
    date: "2018-06-13",
  },
  S9: {
    title: "Abe's offer to meet Kim Jong Un without conditions (May 2019)",
    publisher: "UPI",
    date: "2019-05-02",
  },
  S10: {
    title: "Trump's \"small weapons\" tweet and US reactions to the May 2019 launches",
    publisher: "Politico",
    date: "2019-05-29",
  },
  S11: {
    title: "Abe calls the May 2019 DPRK launches a UNSC violation",
    publisher: "The Malaysian Reserve / Bloomberg",
    date: "2019-05-15",
  },
  S12: {
    title: "ROK decision to end GSOMIA and conditional suspension of the termination (2019)",
    publisher: "Yonhap",
    date: "2019-08-22",
  },
  S13: {
    title: "Japan's export controls on chip materials and removal of the ROK from its white list (2019)",
    publisher: "The Japan News / Yomiuri",
    date: "2019-07-04",
  },
  S14: {
    title: "Breakdown of the US-DPRK working-level talks in Stockholm (October 2019)",
    publisher: "ScandAsia",
    date: "2019-10-05",
  },
  S15: {
    title: "Trump-Kim meeting at Panmunjom, with Moon present (June 30, 2019)",
    publisher: "Korea Herald",
    date: "2019-06-30",
  },
  S16: {
    title: "Japan-DPRK Pyongyang Declaration (2002), text",
    publisher: "People's Daily (KCNA text)",
    date: "2002-09-18",
  },
  S17: {
    title: "DPRK law on its nuclear-forces policy (September 2022)",
    publisher: "KCNA Watch",
    date: "2022-09-09",
  },
  S18: {
    title: "Kim Jong Un defines inter-Korean ties as two hostile states; unification dropped (2023-24)",
    publisher: "Hankyoreh",
    date: "2024-01-02",
  },
  S19: {
    title: "Suspension of the inter-Korean Comprehensive Military Agreement and its scrapping by the DPRK (2023-24)",
    publisher: "The Straits Times",
    date: "2023-11-22",
  },
  S20: {
    title: "The Spirit of Camp David: Japan-ROK-US joint statement (August 2023)",
    publisher: "KBS",
    date: "2023-08-18",
  },
  S21: {
    title: "ROK forced-labour compensation fund and the Yoon-Kishida summit (March 2023)",
    publisher: "Reuters (factbox)",
    date: "2023-03-16",
  },
  S22: {
    title: "Moon's European tour: request to consider easing sanctions (October 2018)",
    publisher: "Yonhap",
    date: "2018-10-21",
  },
  S23: {
    title: "Moon on Yongbyon, verification and the irreversible stage; Bolton's \"big deal\" (2019 reports)",
    publisher: "Yonhap",
    date: "2019-06-26",
  },
  S24: {
    title: "KCNA commentary on the meaning of denuclearization (December 2018)",
    publisher: "Reuters via The Straits Times",
    date: "2018-12-20",
  },
  S25: {
    title: "DPRK statement calling US demands \"gangster-like\" (July 2018)",
    publisher: "CBS (via hailcolumbianews)",
    date: "2018-07-10",
  },
  S26: {
    title: "Biegun remarks at Stanford on US-DPRK diplomacy (January 2019)",
    publisher: "Stanford FSI",
    date: "2019-01-31",
  },
  S27: {
    title: "Pompeo on \"complete\" denuclearization and verification (June 2018)",
    publisher: "NK News",
    date: "2018-06-11",
  },
  S28: {
    title: "Japanese and US officials on an end-of-war declaration (2018, 2021)",
    publisher: "US Embassy Tokyo, Japan Media Highlights (JMH)",
    date: "2018-09-24",
  },
  S29: {
    title: "Japanese statements on rewards, a summit and aid for the DPRK (June 2018)",
    publisher: "US Embassy Tokyo, Japan Media Highlights (JMH)",
    date: "2018-06-18",
  },
  S30: {
    title: "Abe-Moon meeting at the Pyeongchang Olympics on joint drills (February 2018)",
    publisher: "IANS / Business Standard",
    date: "2018-02-10",
  },
  S31: {
    title: "Moon raises the abduction issue with Kim at Abe's request (2018)",
    publisher: "US Embassy Tokyo, Japan Media Highlights (JMH)",
    date: "2018-05-01",
  },
  S32: {
    title: "DPRK rejects Abe's summit offer as \"the height of brazen-facedness\" (June 2019)",
    publisher: "The Korea Times",
    date: "2019-06-03",
  },
  S33: {
    title: "Japan's 2019 Diplomatic Bluebook on the DPRK",
    publisher: "The Japan Times",
    date: "2019-04-23",
  },
  S34: {
    title: "Kim Jong Un's 2019 New Year address",
    publisher: "Korea Herald",
    date: "2019-01-01",
  },
  S35: {
    title: "Kim Jong Un gives the US until year-end (April 2019)",
    publisher: "TASS",
    date: "2019-04-13",
  },
  S36: {
    title: "Kim Jong Un's year-end 2019 statements on the test moratorium and the US",
    publisher: "AsiaOne / AFP",
    date: "2020-01-01",
  },
  S37: {
    title: "China's \"suspension for suspension\" and \"dual-track\" proposals (2017)",
    publisher: "China Daily / Xinhua",
    date: "2017-09-14",
  },
  S38: {
    title: "China-Russia draft UNSC resolution to ease DPRK sanctions (December 2019)",
    publisher: "Yonhap",
    date: "2019-12-17",
  },
  S39: {
    title: "China and Russia veto new UNSC sanctions on the DPRK (May 2022)",
    publisher: "DW",
    date: "2022-05-27",
  },
  S40: {
    title: "Russia vetoes renewal of the UN Panel of Experts on DPRK sanctions (March 2024)",
    publisher: "AP via WSB-TV",
    date: "2024-03-28",
  },
  S41: {
    title: "DPRK-Russia treaty with a mutual-assistance clause (June 2024)",
    publisher: "BBC via GhanaWeb",
    date: "2024-06-19",
  },
  S42: {
    title: "Biden administration's DPRK policy review (April 2021)",
    publisher: "Reuters via National Post",
    date: "2021-04-30",
  },
  S43: {
    title: "Biden-Moon summit joint statement (May 2021)",
    publisher: "KBS",
    date: "2021-05-22",
  },
  S44: {
    title: "Moon's UNGA proposals for an end-of-war declaration (2018, 2021)",
    publisher: "Yonhap",
    date: "2021-09-22",
  },
  S45: {
    title: "Yoon's \"audacious initiative\" and Kim Yo Jong's rejection (August 2022)",
    publisher: "Taipei Times",
    date: "2022-08-16",
  },
  S46: {
    title: "Kishida's offer of a summit without preconditions and the DPRK's response (2023-24)",
    publisher: "Sputnik via The Sun (Malaysia)",
    date: "2024-03-25",
  },
  S47: {
    title: "Trump press conference after the Singapore summit (White House transcript)",
    publisher: "White House (transcript via Beaufort County Now)",
    date: "2018-06-12",
  },
  S48: {
    title: "ROK statement that USFK is unrelated to a peace treaty (May 2018)",
    publisher: "The Korea Times / Arirang",
    date: "2018-05-02",
  },
  S49: {
    title: "ROK reaction to the DPRK launches of May 9, 2019",
    publisher: "KBS World",
    date: "2019-05-09",
  },
  S51: {
    title: "UN Security Council resolutions 2270, 2321, 2371, 2375 and 2397 on the DPRK (texts and summaries)",
    publisher: "US Embassy Seoul (fact sheet on UNSCR 2321)",
    date: "2016-11-30",
  },
  S52: {
    title: "ROK dissolves the Reconciliation and Healing Foundation (2018-19)",
    publisher: "TIME / AP",
    date: "2018-11-21",
  },
  S53: {
    title: "Japan withdraws from the Jeju International Fleet Review (October 2018)",
    publisher: "Korea Herald / AP",
    date: "2018-10-05",
  },
  S54: {
    title: "ROK Supreme Court forced-labour ruling against Nippon Steel (October 2018)",
    publisher: "Rappler / AFP",
    date: "2018-10-30",
  },
  S55: {
    title: "Japan-ROK radar lock-on dispute (December 2018)",
    publisher: "Wikipedia (citing the Japan Ministry of Defense)",
    date: "2018-12-28",
  },
  S56: {
    title: "Seoul's review of its 5.24 sanctions and reactions in Washington and Beijing (October 2018)",
    publisher: "The Straits Times / Reuters and Bloomberg",
    date: "2018-10-10",
  },
  S58: {
    title: "DPRK halts nuclear and ICBM tests and will close Punggye-ri (April 2018)",
    publisher: "UPI / Yonhap",
    date: "2018-04-20",
  },
  S59: {
    title: "Ulchi Freedom Shield restores large-scale field training (August 2022)",
    publisher: "Taiwan News / The Japan Times",
    date: "2022-08-22",
  },
  S60: {
    title: "DPRK enshrines its nuclear build-up in its constitution (September 2023)",
    publisher: "KUNA",
    date: "2023-09-28",
  },
  S61: {
    title: "DPRK blows up the inter-Korean liaison office in Kaesong (June 2020)",
    publisher: "BBC",
    date: "2020-06-16",
  },
  S62: {
    title: "Abe backs Trump's walk-out at the Hanoi summit (analysis, March 2019)",
    publisher: "The Diplomat",
    date: "2019-03",
  },
  S63: {
    title: "US and ROK agree to resume Foal Eagle/Key Resolve after the Olympics (March 2018)",
    publisher: "US Department of Defense (news archive)",
    date: "2018-03-20",
  },
  S64: {
    title: "DPRK short-range missile tests of May 4 and 9, 2019",
    publisher: "Yonhap",
    date: "2019-05-09",
  },
  S65: {
    title: "Kim Yo Jong on Moon's end-of-war proposal (September 2021)",
    publisher: "KCNA Watch (Voice of Korea)",
    date: "2021-09-24",
  },
  S66: {
    title: "DPRK blows up inter-Korean road and rail links (October 2024)",
    publisher: "NK News",
    date: "2024-10-17",
  },
  S67: {
    title: "Moon on the scope of Kim's denuclearization pledge (October 2018)",
    publisher: "The Hill",
    date: "2018-10",
  },
  S68: {
    title: "Kono on denuclearization after the Singapore summit (June 2018)",
    publisher: "US Embassy Tokyo, Japan Media Highlights (JMH)",
    date: "2018-06-12",
  },
  S69: {
    title: "Moon Chung-in proposes simultaneous steps (August 2018)",
    publisher: "Korea Herald",
    date: "2018-08-30",
  },
  S70: {
    title: "China ready to join a peace treaty as an armistice signatory (May 2018)",
    publisher: "IANS / Business Standard",
    date: "2018-05-07",
  },
  S71: {
    title: "Japanese concern that short- and medium-range missiles will be left out (March 2018)",
    publisher: "US Embassy Tokyo, Japan Media Highlights (JMH)",
    date: "2018-03-07",
  },
  S72: {
    title: "Japan calls the abduction issue its \"top priority\" (May 2018)",
    publisher: "The Japan Times",
    date: "2018-05-11",
  },
  S73: {
    title: "Trump raises the abduction issue at the Singapore summit (June 2018)",
    publisher: "AFP via Eagle News",
    date: "2018-06-12",
  },
  S74: {
    title: "KCNA on the abduction issue as settled (2023)",
    publisher: "Benzinga / KCNA",
    date: "2023",
  },
  S75: {
    title: "US-ROK working group vetting inter-Korean projects against sanctions (Comparative Connections)",
    publisher: "Comparative Connections",
    date: "2019-01",
  },
  S76: {
    title: "Abe to Moon on concrete DPRK steps such as IAEA inspections (March 2018)",
    publisher: "The Japan Times",
    date: "2018-03-16",
  },
  S77: {
    title: "Report that Japan might share inspection costs (low-quality source)",
    publisher: "ActionForex",
    date: "2018-06",
  },
  ...SOURCES_2024_2026,
};

// ---------------------------------------------------------------------------------------------------------
// Stances (FACTS.md section C)
// ---------------------------------------------------------------------------------------------------------

/** Why Yoon-era rows run through 2025-06-03 although Yoon was suspended on 2024-12-14 and removed on 2025-04-04. */
const YOON_INTERVAL_NOTE =
  "Kept through 2025-06-03: after the martial-law decree of 2024-12-03 Yoon was impeached (2024-12-14) and removed (2025-04-04); the acting governments stated no change of this line, and the Lee government's rows start on 2025-06-04.";

/** Evidence item shorthand. */
function ev(source: string, paraphrase: string, extra: Omit<EvidenceSeed, "source" | "paraphrase"> = {}): EvidenceSeed {
  return { source, paraphrase, ...extra };
}

export const STANCES: StanceSeed[] = [
  // ---- I01 complete-denuclearization ----
  {
    actor: "ROK",
    issue: "complete-denuclearization",
    validFrom: "2018-04-01",
    validUntil: "2022-05-09",
    position: -1,
    salience: 5,
    confidence: "medium",
    summary:
      "Under Moon, Seoul committed to complete denuclearization toward a nuclear-free Korean Peninsula and read Kim's pledge as covering all nuclear weapons and materials, while diverging from Tokyo on how to interpret that pledge.",
    evidence: [
      ev(
        "S2",
        "The Panmunjom Declaration sets the common goal of realizing, through complete denuclearization, a nuclear-free Korean Peninsula.",
        { quote: "complete denuclearization, a nuclear-free Korean Peninsula" },
      ),
      ev("S67", "Moon said Kim's denuclearization pledge covers all nuclear weapons and materials.", { date: "2018-10" }),
      ev(
        "S0",
        "South Korea and Japan starkly diverged on how to interpret North Korea's Singapore promise to denuclearize, and on lifting sanctions.",
        {
          quote:
            "South Korea and Japan starkly diverged on their interpretation of North Korea’s promise made at the Singapore Summit to denuclearize",
        },
      ),
    ],
  },
  {
    actor: "ROK",
    issue: "complete-denuclearization",
    validFrom: "2022-05-10",
    position: -2,
    salience: 4,
    confidence: "medium",
    summary:
      "Under Yoon, Seoul aligned with Washington and Tokyo on the denuclearization of the DPRK, as set out in the 2023 Camp David statement; during the acting presidency of early 2025 Seoul restated that the DPRK can never be recognized as a nuclear-armed state.",
    note: YOON_INTERVAL_NOTE,
    evidence: [
      ev(
        "S78",
        "In his inaugural address Yoon offered an \"audacious plan\" to revive the North's economy if it genuinely embarks on a process toward complete denuclearization.",
        { quote: "If North Korea genuinely embarks on a process to complete denuclearization" },
      ),
      ev("S20", "The Camp David statement of Japan, the ROK and the US commits the three to the denuclearization of the DPRK."),
      ev(
        "S95",
        "On 2025-01-15, under the acting government, the ROK foreign ministry said the DPRK can never be recognized as a nuclear-armed state; on 2025-02-15 its foreign minister joined the Munich statement committing the three allies to the complete denuclearization of the DPRK.",
        { quote: "can never be recognized as a nuclear-armed state" },
      ),
    ],
  },
  {
    actor: "JPN",
    issue: "complete-denuclearization",
    validFrom: "2018-01-01",
    position: -2,
    salience: 5,
    confidence: "high",
    summary:
      "Japan defines the goal as CVID of the DPRK's nuclear program and of its missiles regardless of range.",
    evidence: [
      ev(
        "S0",
        "Japan wanted sanctions kept until the DPRK takes specific actions toward Complete, Verifiable and Irreversible Dismantlement (CVID) of its nuclear program and of its missiles of any range.",
        {
          quote:
            "Complete, Verifiable and Irreversible Dismantlement (CVID) of its nuclear program as well as of its missiles regardless of maximum range",
        },
      ),
      ev("S68", "Kono stated the same position on 2018-06-12: CVID of the nuclear program and of missiles of all ranges.", {
        date: "2018-06-12",
      }),
    ],
  },
  {
    actor: "USA",
    issue: "complete-denuclearization",
    validFrom: "2018-06-01",
    position: -2,
    salience: 5,
    confidence: "high",
    summary:
      "The US defines complete denuclearization as verifiable and irreversible, using the formula of final, fully verified denuclearization (FFVD) from mid-2018; the Biden administration kept complete denuclearization as the goal.",
    evidence: [
      ev(
        "S27",
        "Pompeo said that \"complete\" denuclearization includes verifiable and irreversible; from mid-2018 the US used the FFVD formula (final, fully verified denuclearization).",
        { note: "The exact date on which FFVD replaced CVID was not re-checked (FACTS D.3)." },
      ),
      ev("S42", "The Biden administration's 2021 policy review kept complete denuclearization as the goal."),
    ],
  },
  {
    actor: "DPRK",
    issue: "complete-denuclearization",
    validFrom: "2018-04-01",
    validUntil: "2022-09-07",
    position: 1,
    salience: 5,
    confidence: "high",
    summary:
      "Pyongyang defined denuclearization as peninsula-wide, including the removal of US nuclear threats in and around the South, and made it conditional on those threats being removed first.",
    evidence: [
      ev(
        "S24",
        "KCNA defined denuclearization peninsula-wide: removing all elements of nuclear threats from both the North and the South and from surrounding areas.",
        {
          quote:
            "removing all elements of nuclear threats from the areas of both the north and the south of Korea and also from surrounding areas",
        },
      ),
      ev("S14", "Around the Stockholm talks the DPRK said denuclearization is possible only once the threats against it are removed."),
    ],
  },
  {
    actor: "DPRK",
    issue: "complete-denuclearization",
    validFrom: "2022-09-08",
    position: 2,
    salience: 5,
    confidence: "high",
    summary:
      "Pyongyang rejects denuclearization and treats its nuclear status as permanent, writing it into law in 2022 and into its constitution in 2023.",
    evidence: [
      ev("S17", "The DPRK's September 2022 law on its nuclear-forces policy allows pre-emptive use and rules out bargaining over nuclear weapons."),
      ev("S60", "In September 2023 the DPRK enshrined its nuclear build-up in its constitution."),
    ],
  },

  // ---- I02 sequencing ----
  {
    actor: "JPN",
    issue: "sequencing",
    validFrom: "2018-01-01",
    position: -2,
    salience: 5,
    confidence: "high",
    summary:
      "Japan insists on denuclearization first and compensation afterwards, ruling out step-by-step rewards for the DPRK.",
    evidence: [
      ev(
        "S0",
        "The Japanese government insisted that denuclearization measures come first, before North Korea receives compensation.",
        { quote: "denuclearization first, then compensation" },
      ),
      ev("S29", "On 2018-06-17 Kono ruled out step-by-step rewards for the DPRK.", { date: "2018-06-17" }),
    ],
  },
  {
    actor: "USA",
    issue: "sequencing",
    validFrom: "2018-06-01",
    validUntil: "2019-01-30",
    position: -1,
    salience: 5,
    confidence: "medium",
    summary:
      "After Singapore the US kept sanctions in place until DPRK nuclear weapons were no longer a factor and pressed for a nuclear inventory declaration first: major denuclearization steps before rewards.",
    evidence: [
      ev("S47", "Trump said sanctions stay until the DPRK's nuclear weapons are no longer a factor.", {
        quote: "no longer a factor",
      }),
      ev("S3", "The US pressed the DPRK to declare its nuclear inventory first."),
    ],
  },
  {
    actor: "USA",
    issue: "sequencing",
    validFrom: "2019-01-31",
    validUntil: "2019-02-27",
    position: 0,
    salience: 5,
    confidence: "medium",
    summary:
      "Ahead of Hanoi, US envoy Biegun said the US would move simultaneously and in parallel, provided the DPRK delivers final, fully verified denuclearization.",
    evidence: [
      ev(
        "S26",
        "Biegun said the US would move simultaneously and in parallel, provided the DPRK delivers FFVD (final, fully verified denuclearization).",
        { quote: "simultaneously and in parallel" },
      ),
    ],
  },
  {
    actor: "USA",
    issue: "sequencing",
    validFrom: "2019-02-28",
    validUntil: "2021-01-19",
    position: -1,
    salience: 5,
    confidence: "medium",
    summary:
      "After Hanoi the US held that Yongbyon alone was insufficient and Bolton promoted a comprehensive \"big deal\": major denuclearization steps before rewards.",
    evidence: [
      ev("S5", "At his Hanoi press conference Trump said dismantling Yongbyon alone was not enough for the relief the DPRK sought."),
      ev("S23", "Bolton promoted a comprehensive \"big deal\" rather than step-by-step exchanges."),
    ],
  },
  {
    actor: "USA",
    issue: "sequencing",
    validFrom: "2021-04-30",
    position: 0,
    salience: 3,
    confidence: "low",
    summary:
      "The Biden administration's policy review rejected both a \"grand bargain\" and \"strategic patience\", an approach the press read as incremental; coded as simultaneous and parallel with low confidence.",
    evidence: [
      ev(
        "S42",
        "The 2021 policy review settled on an approach that is neither a \"grand bargain\" nor \"strategic patience\".",
        {
          note: "Contested inference: the press read the approach as incremental; the 0 coding is an interpretation, not a stated US position on sequencing.",
        },
      ),
    ],
  },
  {
    actor: "ROK",
    issue: "sequencing",
    validFrom: "2018-01-01",
    validUntil: "2022-05-09",
    position: 1,
    salience: 5,
    confidence: "medium",
    summary:
      "Under Moon, Seoul favoured phased, action-for-action steps: US corresponding measures for DPRK steps and partial sanctions easing at the irreversible stage.",
    evidence: [
      ev(
        "S3",
        "The Pyongyang Joint Declaration, signed by Moon, ties the permanent dismantlement of Yongbyon to US \"corresponding measures\"."
      ),
      ev("S23", "Moon backed partial sanctions easing once denuclearization reaches the irreversible stage."),
      ev("S69", "Presidential adviser Moon Chung-in proposed simultaneous steps by both sides."),
    ],
  },
  {
    actor: "ROK",
    issue: "sequencing",
    validFrom: "2022-05-10",
    position: 0,
    salience: 3,
    confidence: "medium",
    summary:
      "Under Yoon, Seoul offered an \"audacious\" plan of aid in stages once genuine denuclearization begins (announced at the inauguration, detailed in August 2022), moving rewards in step with denuclearization.",
    note: YOON_INTERVAL_NOTE,
    evidence: [
      ev("S78", "Yoon's inaugural address offered an audacious plan to strengthen the North's economy if it genuinely embarks on complete denuclearization."),
      ev("S45", "Yoon's audacious initiative offers aid in stages once genuine denuclearization begins."),
    ],
  },
  {
    actor: "DPRK",
    issue: "sequencing",
    validFrom: "2018-04-27",
    position: 1,
    salience: 5,
    confidence: "high",
    summary:
      "Pyongyang seeks phased, trust-based, action-for-action steps, with US corresponding measures for each step it takes.",
    evidence: [
      ev("S3", "The Pyongyang Joint Declaration makes the permanent dismantlement of Yongbyon conditional on US corresponding measures, a phased, trust-based exchange."),
      ev("S4", "The DPRK's Hanoi account presents its offer as a phased, trust-based exchange of steps for corresponding measures."),
    ],
  },

  // ---- I03 sanctions-relief ----
  {
    actor: "JPN",
    issue: "sanctions-relief",
    validFrom: "2018-01-01",
    position: -2,
    salience: 5,
    confidence: "high",
    summary:
      "Japan wants sanctions kept intact until the DPRK takes concrete CVID actions; it backed the US walk-out at Hanoi and in 2019 softened only its wording.",
    note: "Coded from 2018 because S0 (2021) describes this as Japan's line throughout 2018-2019; the dated statements cited are from 2019.",
    evidence: [
      ev(
        "S0",
        "Japan wanted sanctions kept intact until the DPRK takes specific CVID actions; its firm stance on sanctions stood out among its options.",
        {
          quote:
            "Japan wanted to keep sanctions intact until North Korea takes specific actions to achieve Complete, Verifiable and Irreversible Dismantlement (CVID) of its nuclear program",
        },
      ),
      ev("S62", "Abe backed Trump's walk-out at the Hanoi summit."),
      ev("S33", "The 2019 Diplomatic Bluebook dropped \"maximize pressure\", softening the wording only, not the sanctions line."),
    ],
  },
  {
    actor: "USA",
    issue: "sanctions-relief",
    validFrom: "2018-06-01",
    position: -2,
    salience: 5,
    confidence: "high",
    summary:
      "The US keeps sanctions in effect pending denuclearization: at Hanoi Trump rejected trading Yongbyon for the lifting of the sanctions imposed since 2016, and in 2022 the US pursued new UN sanctions.",
    evidence: [
      ev(
        "S0",
        "Trump rejected the DPRK's offer to dismantle Yongbyon in exchange for the lifting of the sanctions imposed on it since 2016.",
        {
          quote:
            "President Trump rejected North Korea's offer to dismantle its prominent Yongbyon nuclear facility in exchange for the lifting of sanctions imposed on North Korea since 2016",
        },
      ),
      ev("S47", "After Singapore Trump said sanctions will remain in effect.", { quote: "sanctions will remain in effect" }),
      ev("S15", "At the 2019-06-30 DMZ meeting Trump remarked in an aside that \"things can happen\".", {
        quote: "things can happen",
        note: "Contested: an offhand remark that can be read as leaving room on sanctions, which cuts against the -2 coding; it is not coded as a change of policy.",
      }),
      ev("S39", "In May 2022 the US pursued a draft UNSC resolution with new sanctions, which China and Russia vetoed."),
    ],
  },
  {
    actor: "ROK",
    issue: "sanctions-relief",
    validFrom: "2018-10-01",
    validUntil: "2022-05-09",
    position: 1,
    salience: 4,
    confidence: "medium",
    summary:
      "Under Moon, Seoul argued for partial or gradual sanctions easing in return for DPRK steps and clashed with Tokyo over it; Moon's own line in Europe tied easing to an irreversible stage.",
    evidence: [
      ev("S0", "Seoul and Tokyo clashed diplomatically over lifting sanctions on the DPRK.", {
        quote: "engage in a diplomatic spat over the issue of lifting sanctions on North Korea",
      }),
      ev(
        "S22",
        "On his October 2018 European tour Moon asked France and the UK to consider easing sanctions once denuclearization is irreversible; both insisted on CVID.",
        {
          note: "Moon's own line in Europe (easing once denuclearization is irreversible) reads as 0 on this scale rather than +1.",
        },
      ),
      ev("S56", "Foreign Minister Kang said Seoul was reviewing its 2010 5.24 sanctions, then walked it back."),
      ev("S23", "Seoul spoke of partial or gradual easing of sanctions.", { quote: "partial or gradual" }),
    ],
  },
  {
    actor: "DPRK",
    issue: "sanctions-relief",
    validFrom: "2018-04-27",
    validUntil: "2019-12-27",
    position: 1,
    salience: 5,
    confidence: "high",
    summary:
      "Pyongyang sought partial sanctions relief for partial steps, offering at Hanoi to dismantle Yongbyon for the lifting of the sanctions imposed since 2016.",
    evidence: [
      ev(
        "S4",
        "Ri Yong Ho said the DPRK sought partial, not full, removal of sanctions: the civilian-economy articles of 5 of the 11 UNSC resolutions, those of 2016-17.",
        { quote: "not the removal of all sanctions, but the partial removal" },
      ),
      ev("S0", "The DPRK offered to dismantle Yongbyon in exchange for the lifting of the sanctions imposed on it since 2016.", {
        quote:
          "offer to dismantle its prominent Yongbyon nuclear facility in exchange for the lifting of sanctions imposed on North Korea since 2016",
      }),
      ev("S5", "The US account differs: Trump said the DPRK wanted the sanctions lifted in their entirety.", {
        quote: "Basically they wanted the sanctions lifted in their entirety, and we couldn't do that",
        note: "Conflicting accounts (FACTS D.2): the DPRK says partial removal, the US says in their entirety; S0 says the sanctions imposed since 2016. Both are stored.",
      }),
    ],
  },
  {
    actor: "DPRK",
    issue: "sanctions-relief",
    validFrom: "2019-12-28",
    position: 2,
    salience: 5,
    confidence: "medium",
    summary:
      "From the end of 2019 Pyongyang stopped bargaining for partial relief: it announced a \"new path\", said it could live with sanctions and demanded an end to US hostile policy, coded at the maximal-demand pole.",
    evidence: [
      ev("S34", "Kim's 2019 New Year address warned of a \"new path\" if sanctions persist."),
      ev(
        "S36",
        "At the end of 2019 Kim called the US \"brigandish\" and said the DPRK was ready to live with sanctions while demanding an end to US hostile policy."
      ),
    ],
  },
  {
    actor: "CHN",
    issue: "sanctions-relief",
    validFrom: "2018-10-01",
    position: 1,
    salience: 3,
    confidence: "high",
    summary:
      "China favours adjusting sanctions in return for DPRK steps: it co-drafted a December 2019 draft UNSC resolution to ease some sanctions (never put to a vote) and vetoed new sanctions in 2022.",
    evidence: [
      ev("S56", "In October 2018 China called for sanctions to be adjusted."),
      ev("S38", "China co-drafted with Russia a December 2019 UNSC resolution to ease some sanctions; it was never voted on."),
      ev("S39", "In May 2022 China, with Russia, vetoed new UNSC sanctions on the DPRK."),
    ],
  },
  {
    actor: "RUS",
    issue: "sanctions-relief",
    validFrom: "2019-12-16",
    validUntil: "2024-03-27",
    position: 1,
    salience: 3,
    confidence: "high",
    summary:
      "Russia backed partial sanctions relief, co-drafting with China the December 2019 draft UNSC resolution to ease some sanctions (never put to a vote) and vetoing new sanctions in 2022.",
    evidence: [
      ev("S38", "Russia co-drafted with China a December 2019 UNSC resolution to ease some sanctions; it was never voted on."),
      ev("S39", "In May 2022 Russia, with China, vetoed new UNSC sanctions on the DPRK."),
    ],
  },
  {
    actor: "RUS",
    issue: "sanctions-relief",
    validFrom: "2024-03-28",
    position: 2,
    salience: 3,
    confidence: "high",
    summary:
      "Russia vetoed renewal of the UN Panel of Experts monitoring DPRK sanctions, its envoy Nebenzia calling the sanctions detached from reality.",
    evidence: [
      ev("S40", "Russia vetoed renewal of the UN Panel of Experts; Nebenzia said the sanctions were detached from reality.", {
        quote: "detached from reality",
      }),
    ],
  },

  // ---- I04 end-of-war-declaration ----
  {
    actor: "ROK",
    issue: "end-of-war-declaration",
    validFrom: "2018-04-01",
    validUntil: "2022-05-09",
    position: 1,
    salience: 5,
    confidence: "high",
    summary:
      "Under Moon, Seoul promoted an early end-of-war declaration as a revocable, confidence-building step, agreeing in 2018 to seek it that year and proposing it again at the UN in 2021.",
    evidence: [
      ev(
        "S2",
        "The Panmunjom Declaration provides for three- or four-party meetings to declare the end of the war this year and turn the armistice into a peace treaty."
      ),
      ev("S44", "Moon proposed an end-of-war declaration at the UN General Assembly in 2018, describing it as revocable, and again in 2021."),
    ],
  },
  {
    actor: "JPN",
    issue: "end-of-war-declaration",
    validFrom: "2018-01-01",
    validUntil: "2021-10-03",
    position: -2,
    salience: 3,
    confidence: "medium",
    summary: "Under Abe and Suga, Japan opposed an end-of-war declaration before denuclearization.",
    evidence: [
      ev("S0", "Japan was against the idea of declaring a formal end to the Korean War.", {
        quote: "was against the idea of declaring a formal end to the Korean War",
      }),
      ev("S28", "On 2018-09-24 Kono said a declaration should not come before denuclearization.", { date: "2018-09-24" }),
    ],
  },
  {
    actor: "JPN",
    issue: "end-of-war-declaration",
    validFrom: "2021-10-04",
    position: -1,
    salience: 3,
    confidence: "high",
    summary: "Under Kishida, Japan has called an end-of-war declaration premature.",
    evidence: [
      ev("S28", "The Japanese official Funakoshi called a declaration premature.", {
        publisher: "The Japan Times / Kyodo",
        date: "2021-11-07",
      }),
    ],
  },
  {
    actor: "USA",
    issue: "end-of-war-declaration",
    validFrom: "2018-07-07",
    validUntil: "2021-01-19",
    position: -1,
    salience: 2,
    confidence: "medium",
    summary:
      "Under Trump the US reportedly held back from an early end-of-war declaration; this rests only on DPRK and Japanese accounts, with no on-record US statement.",
    evidence: [
      ev("S25", "The DPRK said in July 2018 that the US had delayed an end-of-war declaration.", {
        note: "Indirect: a DPRK account; there is no on-record US statement (FACTS D.4).",
      }),
      ev("S28", "An account by a Japanese official is the second indirect source for US reluctance on an early declaration.", {
        note: "Indirect: a Japanese official's account; there is no on-record US statement (FACTS D.4).",
      }),
    ],
  },
  {
    actor: "USA",
    issue: "end-of-war-declaration",
    validFrom: "2021-10-01",
    position: 0,
    salience: 2,
    confidence: "medium",
    summary: "Under Biden the US took no side on an end-of-war declaration.",
    evidence: [
      ev("S28", "US envoy Sung Kim took no side on the declaration.", {
        publisher: "The Japan Times / Kyodo",
        date: "2021-11-07",
      }),
    ],
  },
  {
    actor: "DPRK",
    issue: "end-of-war-declaration",
    validFrom: "2018-04-27",
    validUntil: "2019-02-27",
    position: 2,
    salience: 4,
    confidence: "medium",
    summary:
      "Pyongyang demanded an end-of-war declaration as a first reward and accused the US of delaying it.",
    evidence: [
      ev(
        "S25",
        "In July 2018 the DPRK called US demands \"gangster-like\" and demanded the end-of-war declaration it said the US had delayed."
      ),
      ev("S3", "Analysts equate the US \"corresponding measures\" of the Pyongyang Joint Declaration with an end-of-war declaration.", {
        note: "Inferred: the link between the declaration and \"corresponding measures\" is an analysts' reading, not DPRK wording.",
      }),
    ],
  },
  {
    actor: "DPRK",
    issue: "end-of-war-declaration",
    validFrom: "2019-02-28",
    position: 0,
    salience: 2,
    confidence: "medium",
    summary:
      "After Hanoi Pyongyang stopped pressing for an end-of-war declaration, prioritising sanctions relief, and in 2021 demanded that the US withdraw its hostile policy first.",
    evidence: [
      ev("S4", "At Hanoi the DPRK prioritised sanctions relief over an end-of-war declaration.", {
        note: "0 stretches the scale; Pyongyang stopped pressing for a declaration rather than taking a middle line.",
      }),
      ev(
        "S65",
        "In September 2021 Kim Yo Jong called Moon's end-of-war proposal \"interesting\" but said the US hostile policy must be withdrawn first."
      ),
    ],
  },
  {
    actor: "CHN",
    issue: "end-of-war-declaration",
    validFrom: "2018-01-01",
    position: 1,
    salience: 2,
    confidence: "low",
    summary:
      "China supports moving beyond the armistice and said it was ready to join a peace treaty as an armistice signatory.",
    evidence: [ev("S70", "In May 2018 China said it was ready to join a peace treaty as a signatory of the armistice.")],
  },

  // ---- I05 missile-scope ----
  {
    actor: "JPN",
    issue: "missile-scope",
    validFrom: "2018-01-01",
    position: -2,
    salience: 5,
    confidence: "high",
    summary:
      "Japan treats short- and intermediate-range missiles as its overriding concern, wants missiles of all ranges addressed and called the May 2019 launches a UNSC violation.",
    evidence: [
      ev(
        "S0",
        "Short- and intermediate-range missiles are Japan's overriding concern; Japan feared the US might set them aside when Trump downplayed the May 2019 short-range tests.",
        { quote: "Pyongyang's short and intermediate-range ballistic missiles, which is Japan's overriding concern" },
      ),
      ev("S71", "Japan feared that short- and medium-range missiles would be left out of a deal."),
      ev("S11", "Abe called the May 2019 launches a violation of UNSC resolutions and extremely regrettable."),
    ],
  },
  {
    actor: "USA",
    issue: "missile-scope",
    validFrom: "2019-05-04",
    validUntil: "2021-01-19",
    position: 1,
    salience: 2,
    confidence: "medium",
    summary:
      "Under Trump the US downplayed the DPRK's 2019 short-range tests and treated only ICBM tests as a priority, although senior officials called the launches UNSC violations.",
    evidence: [
      ev("S0", "Trump downplayed the short-range tests of May 4 and 9, 2019 and made only ICBM tests a priority.", {
        quote:
          "President Donald Trump downplayed North Korea’s short-range missile tests carried out on May 4th and 9th, 2019, and only made the regime’s ICBM tests as a priority",
      }),
      ev("S10", "Trump tweeted that the DPRK had fired off some small weapons, which did not disturb him.", {
        quote: "North Korea fired off some small weapons, which disturbed some of my people, and others, but not me.",
        note: "Contested: Bolton and Shanahan called the launches violations of UNSC resolutions.",
      }),
    ],
  },
  {
    actor: "ROK",
    issue: "missile-scope",
    validFrom: "2019-05-01",
    validUntil: "2022-05-09",
    position: 0,
    salience: 2,
    confidence: "medium",
    summary:
      "Under Moon, Seoul was ambiguous on the 2019 short-range launches, calling them projectiles and saying they could be against UNSC resolutions.",
    evidence: [
      ev("S49", "After the 2019-05-09 launches Seoul said they could be against the UNSC resolutions.", {
        quote: "could be against the resolutions",
      }),
      ev("S64", "Seoul called the launched objects projectiles."),
    ],
  },
  {
    actor: "DPRK",
    issue: "missile-scope",
    validFrom: "2019-05-01",
    position: 2,
    salience: 4,
    confidence: "medium",
    summary: "Pyongyang describes its missile launches as regular and self-defensive, i.e. legitimate self-defence.",
    evidence: [
      ev("S64", "KCNA, as reported secondhand, described the May 2019 launches as regular and self-defensive.", {
        note: "Secondary report of KCNA; the KCNA original was not checked.",
      }),
    ],
  },

  // ---- I06 joint-exercises ----
  {
    actor: "JPN",
    issue: "joint-exercises",
    validFrom: "2018-01-01",
    position: -2,
    salience: 4,
    confidence: "high",
    summary:
      "Japan calls for full-scale US-ROK exercises to continue, seeing the drills and USFK as vital to deterrence.",
    evidence: [
      ev("S0", "Japan called for the continuation of US-ROK joint military exercises.", {
        quote: "Japan called for the continuation of U.S.-ROK joint military excercise",
      }),
      ev("S30", "At the Pyeongchang Olympics Abe urged Moon not to delay the drills."),
      ev("S8", "After Singapore Japan said the drills and USFK play vital roles.", { quote: "play vital roles" }),
    ],
  },
  {
    actor: "USA",
    issue: "joint-exercises",
    validFrom: "2018-03-20",
    validUntil: "2018-06-11",
    position: -1,
    salience: 3,
    confidence: "high",
    summary:
      "After postponing them for the Olympics, the US agreed with the ROK to resume Foal Eagle and Key Resolve.",
    evidence: [ev("S63", "On 2018-03-20 the allies agreed to resume Foal Eagle/Key Resolve after the Games.")],
  },
  {
    actor: "USA",
    issue: "joint-exercises",
    validFrom: "2018-06-12",
    validUntil: "2022-08-21",
    position: 1,
    salience: 4,
    confidence: "high",
    summary:
      "From Singapore the US suspended or scaled down major combined exercises to support diplomacy, conditional on the DPRK negotiating in good faith.",
    evidence: [
      ev("S47", "At his Singapore press conference Trump announced an end to the war games, calling them very provocative.", {
        quote: "We will be stopping the war games… Plus, I think it's very provocative.",
      }),
      ev("S6", "Mattis indefinitely suspended select exercises, conditional on the DPRK negotiating in good faith.", {
        quote: "indefinitely suspended select exercises",
      }),
      ev("S7", "In March 2019 Key Resolve and Foal Eagle were ended and replaced by the smaller Dong Maeng."),
    ],
  },
  {
    actor: "USA",
    issue: "joint-exercises",
    validFrom: "2022-08-22",
    position: -2,
    salience: 4,
    confidence: "high",
    summary: "Since August 2022 the US has restored large-scale field training with the ROK.",
    evidence: [ev("S59", "Ulchi Freedom Shield restored large-scale field training.")],
  },
  {
    actor: "ROK",
    issue: "joint-exercises",
    validFrom: "2018-01-01",
    validUntil: "2022-05-09",
    position: 1,
    salience: 4,
    confidence: "high",
    summary:
      "Under Moon, Seoul supported postponing and suspending combined exercises to help diplomacy, telling Abe the drills were a matter of ROK sovereignty.",
    evidence: [
      ev("S30", "Moon answered Abe's call not to delay the drills by saying it was a sovereignty matter."),
      ev("S6", "The allies jointly suspended Ulchi Freedom Guardian in June 2018."),
      ev("S7", "In March 2019 the allies ended Key Resolve and Foal Eagle, replacing them with the smaller Dong Maeng."),
    ],
  },
  {
    actor: "ROK",
    issue: "joint-exercises",
    validFrom: "2022-08-22",
    position: -2,
    salience: 4,
    confidence: "high",
    summary: "Under Yoon, Seoul restored large-scale drills, having pledged to normalize them.",
    note: YOON_INTERVAL_NOTE,
    evidence: [
      ev("S59", "Large-scale field drills were restored with Ulchi Freedom Shield; Yoon had pledged to normalize them."),
    ],
  },
  {
    actor: "DPRK",
    issue: "joint-exercises",
    validFrom: "2018-01-01",
    validUntil: "2018-03-05",
    position: 2,
    salience: 5,
    confidence: "high",
    summary: "Pyongyang's standing demand is a permanent end to US-ROK joint exercises, which it treats as hostile.",
    evidence: [
      ev("S34", "Kim said joint drills should no longer be allowed, restating a standing demand.", {
        quote: "should no longer be allowed",
        note: "The statement dates from 2019-01-01; it is coded here as a standing demand that also applied in early 2018.",
      }),
    ],
  },
  {
    actor: "DPRK",
    issue: "joint-exercises",
    validFrom: "2018-03-06",
    validUntil: "2018-06-11",
    position: 1,
    salience: 4,
    confidence: "low",
    summary:
      "In spring 2018 Kim reportedly told South Korean envoys he understood that the US-ROK drills would go ahead, tolerating exercises during diplomacy; the remark is known only from Seoul's account.",
    evidence: [
      ev(
        "S82",
        "The six-point statement the South Korean delegation released on 2018-03-06 after meeting Kim says he understands that the US-ROK exercises will go on; Chung Eui-yong said Kim had already been briefed on Seoul's position.",
        { note: "Second-hand: Seoul's account of Kim's words, reported by EIR from Hankyoreh; no DPRK statement of its own. Hence low confidence." },
      ),
    ],
  },
  {
    actor: "DPRK",
    issue: "joint-exercises",
    validFrom: "2018-06-12",
    position: 2,
    salience: 5,
    confidence: "high",
    summary:
      "Since Singapore Pyongyang has demanded a permanent end to joint exercises, citing them as a broken promise.",
    evidence: [
      ev("S34", "In his 2019 New Year address Kim said joint drills should no longer be allowed.", {
        quote: "should no longer be allowed",
      }),
      ev("S36", "At the end of 2019 Kim cited the drills as a broken US promise."),
    ],
  },
  {
    actor: "CHN",
    issue: "joint-exercises",
    validFrom: "2017-03-01",
    position: 1,
    salience: 3,
    confidence: "high",
    summary:
      "China proposes suspension for suspension: a DPRK freeze in return for a halt to large US-ROK drills.",
    evidence: [
      ev("S37", "China proposed a DPRK freeze in exchange for a halt to large drills.", { quote: "suspension for suspension" }),
    ],
  },

  // ---- I07 abductions ----
  {
    actor: "JPN",
    issue: "abductions",
    validFrom: "2018-01-01",
    position: -2,
    salience: 5,
    confidence: "high",
    summary: "Japan makes resolving the abductions its top priority and a precondition for normalization.",
    evidence: [
      ev("S33", "The 2019 Diplomatic Bluebook rules out normalization without resolving the abductions."),
      ev("S72", "Japan called the abduction issue its top priority."),
    ],
  },
  {
    actor: "USA",
    issue: "abductions",
    validFrom: "2018-06-01",
    validUntil: "2019-02-28",
    position: -1,
    salience: 2,
    confidence: "high",
    summary: "Trump raised the abduction issue with Kim at the Singapore and Hanoi summits.",
    evidence: [
      ev("S73", "Trump raised the abductions with Kim at the Singapore summit."),
      ev("S9", "Trump also raised the issue at the Hanoi summit.", {
        note: "FACTS gives this row's end as 2019-02; it is stored as 2019-02-28 so that the row covers the Hanoi summit (2019-02-27/28) that is its own evidence.",
      }),
    ],
  },
  {
    actor: "ROK",
    issue: "abductions",
    validFrom: "2018-04-27",
    validUntil: "2022-05-09",
    position: -1,
    salience: 1,
    confidence: "high",
    summary: "Under Moon, Seoul raised the abduction issue with Kim at Abe's request.",
    evidence: [ev("S31", "Moon raised the abduction issue with Kim at Abe's request.")],
  },
  {
    actor: "DPRK",
    issue: "abductions",
    validFrom: "2018-01-01",
    position: 2,
    salience: 3,
    confidence: "high",
    summary: "Pyongyang holds that the abduction issue is already resolved and that there is nothing to discuss.",
    note: "A standing DPRK position that predates the coded period; the statements cited date from 2019 and 2023.",
    evidence: [
      ev("S9", "The DPRK maintains that the abduction issue is already resolved."),
      ev("S74", "KCNA said in 2023 that the issue had been completely, finally and irreversibly settled.", {
        quote: "completely, finally and irreversibly",
      }),
    ],
  },

  // ---- I08 inter-korean-cooperation ----
  {
    actor: "ROK",
    issue: "inter-korean-cooperation",
    validFrom: "2018-04-01",
    validUntil: "2022-05-09",
    position: 1,
    salience: 5,
    confidence: "high",
    summary:
      "Under Moon, Seoul pushed inter-Korean rail and road links and the normalization of Kaesong and Kumgang once conditions allow, doubling down on cooperation.",
    evidence: [
      ev("S2", "The Panmunjom Declaration agrees on inter-Korean rail and road projects."),
      ev("S3", "The Pyongyang Joint Declaration provides for normalizing Kaesong and Kumgang once conditions allow."),
      ev("S0", "South Korea doubled down on its efforts to boost inter-Korean cooperation.", {
        quote: "South Korea doubled down on its efforts to boost inter-Korean cooperation",
      }),
    ],
  },
  {
    actor: "ROK",
    issue: "inter-korean-cooperation",
    validFrom: "2022-05-10",
    position: -1,
    salience: 3,
    confidence: "low",
    summary: "Under Yoon, Seoul ties aid and economic cooperation to DPRK denuclearization.",
    note: YOON_INTERVAL_NOTE,
    evidence: [
      ev("S78", "Yoon's inaugural address made economic help for the North conditional on its embarking on complete denuclearization."),ev("S45", "Yoon's audacious initiative ties aid to denuclearization.")],
  },
  {
    actor: "USA",
    issue: "inter-korean-cooperation",
    validFrom: "2018-10-01",
    validUntil: "2021-01-19",
    position: -1,
    salience: 3,
    confidence: "medium",
    summary:
      "Under Trump the US kept inter-Korean projects tightly conditioned, vetting them against sanctions through a US-ROK working group.",
    evidence: [
      ev("S56", "Trump responded to Seoul's 5.24 review by saying the ROK does nothing without US approval.", {
        quote: "They do nothing without our approval",
      }),
      ev("S75", "A US-ROK working group vetted inter-Korean projects against sanctions."),
    ],
  },
  {
    actor: "USA",
    issue: "inter-korean-cooperation",
    validFrom: "2021-05-01",
    position: 1,
    salience: 2,
    confidence: "medium",
    summary: "Under Biden the US expressed support for inter-Korean cooperation, as reported by Moon.",
    evidence: [ev("S43", "Moon reported Biden's support for inter-Korean cooperation after their May 2021 summit.")],
  },
  {
    actor: "JPN",
    issue: "inter-korean-cooperation",
    validFrom: "2018-01-01",
    validUntil: "2019-12-31",
    position: -1,
    salience: 2,
    confidence: "low",
    summary:
      "In 2018-2019 Japan was reserved on inter-Korean cooperation, stressing sanctions and the existing security structure while Seoul pushed cooperation; this coding rests on S0 alone.",
    note: "Inferred from S0's 2021 review of 2018-2019, the only source; low confidence.",
    evidence: [
      ev(
        "S0",
        "While Seoul doubled down on inter-Korean cooperation, Tokyo insisted on keeping sanctions intact and the current security structure; the two failed to create a synergy between inter-Korean cooperation and Japan's outreach to the DPRK.",
        {
          quote:
            "while South Korea doubled down on its efforts to boost inter-Korean cooperation, Japan insisted on maintaining the current security structure on the Korean peninsula",
          note: "Unverified: rests on S0 alone (FACTS D.5); S0 does not state Japan's position on inter-Korean projects directly, so the coding is inferred.",
        },
      ),
    ],
  },
  {
    actor: "DPRK",
    issue: "inter-korean-cooperation",
    validFrom: "2019-01-01",
    position: 2,
    salience: 4,
    confidence: "high",
    summary:
      "In his 2019 New Year address Kim offered to resume Kaesong and Kumgang without any preconditions or price, regardless of sanctions.",
    evidence: [
      ev("S34", "Kim offered to resume the Kaesong and Kumgang projects without any preconditions or price.", {
        quote: "without any preconditions or price",
      }),
    ],
  },
  {
    actor: "DPRK",
    issue: "inter-korean-cooperation",
    validFrom: "2020-06-01",
    position: -1,
    salience: 4,
    confidence: "high",
    summary: "Pyongyang froze inter-Korean cooperation, blowing up the joint liaison office in Kaesong in June 2020.",
    evidence: [ev("S61", "On 2020-06-16 the DPRK blew up the inter-Korean liaison office in Kaesong.")],
  },
  {
    actor: "DPRK",
    issue: "inter-korean-cooperation",
    validFrom: "2023-12-01",
    position: -2,
    salience: 4,
    confidence: "high",
    summary:
      "Pyongyang rejects cooperation outright, defining the two Koreas as hostile states and blowing up inter-Korean road and rail links in 2024.",
    evidence: [
      ev("S18", "Kim defined the two Koreas as two states hostile to each other and dropped unification.", {
        quote: "two states hostile to each other",
      }),
      ev(
        "S66",
        "In October 2024 the DPRK blew up inter-Korean road and rail links and said its constitution now names the ROK as a hostile state.",
        { note: "The constitutional text naming the ROK as hostile is unpublished (unverified)." },
      ),
    ],
  },
  {
    actor: "CHN",
    issue: "inter-korean-cooperation",
    validFrom: "2019-12-16",
    position: 1,
    salience: 2,
    confidence: "high",
    summary:
      "China backs inter-Korean cooperation with sanctions exemptions, co-drafting a 2019 UNSC resolution exempting inter-Korean rail and road projects.",
    evidence: [ev("S38", "The China-Russia UNSC draft of December 2019 would exempt inter-Korean rail and road projects from sanctions.")],
  },
  {
    actor: "RUS",
    issue: "inter-korean-cooperation",
    validFrom: "2019-12-16",
    position: 1,
    salience: 2,
    confidence: "high",
    summary:
      "Russia backs inter-Korean cooperation with sanctions exemptions, co-drafting a 2019 UNSC resolution exempting inter-Korean rail and road projects.",
    evidence: [ev("S38", "The China-Russia UNSC draft of December 2019 would exempt inter-Korean rail and road projects from sanctions.")],
  },

  // ---- I09 summit-diplomacy ----
  {
    actor: "JPN",
    issue: "summit-diplomacy",
    validFrom: "2018-01-01",
    validUntil: "2019-04-30",
    position: -1,
    salience: 4,
    confidence: "medium",
    summary:
      "Until April 2019 Japan was reluctant to hold a summit for its own sake, wanting any summit with Kim to yield progress on the abductions.",
    evidence: [
      ev("S29", "Japan ruled out a summit just for the sake of holding one."),
      ev("S9", "Before May 2019 Abe wanted any summit to yield progress on the abductions."),
    ],
  },
  {
    actor: "JPN",
    issue: "summit-diplomacy",
    validFrom: "2019-05-01",
    position: 1,
    salience: 4,
    confidence: "high",
    summary:
      "Since May 2019 Japan has offered a summit with Kim without conditions, a line kept by Suga and Kishida.",
    evidence: [
      ev("S9", "In a Sankei interview in May 2019 Abe offered to meet Kim without conditions.", {
        note: "Abe's wording is translated differently by AFP and UPI (FACTS D.6), so it is stored as a paraphrase.",
      }),
      ev("S0", "Suga kept the line: Japan is willing to hold a summit with no conditions attached to resolve the abduction issue.", {
        quote: "is willing to hold a summit meeting with no conditions attached to resolve the abduction issue",
      }),
      ev("S46", "Kishida told the UN General Assembly in 2023 that he was ready for a summit without any preconditions.", {
        quote: "without any preconditions",
        publisher: "The American Week / Eurasia Media Network",
        date: "2023",
      }),
    ],
  },
  {
    actor: "ROK",
    issue: "summit-diplomacy",
    validFrom: "2018-01-01",
    validUntil: "2022-05-09",
    position: 2,
    salience: 5,
    confidence: "high",
    summary:
      "Under Moon, Seoul actively pursued leader summits: three inter-Korean summits in 2018 and the 2019 DMZ meeting.",
    evidence: [
      ev("S2", "Moon and Kim held the Panmunjom summit on 2018-04-27."),
      ev("S3", "Moon visited Pyongyang for the September 2018 summit."),
      ev("S15", "Moon was present at the Trump-Kim meeting at Panmunjom on 2019-06-30."),
    ],
  },
  {
    actor: "USA",
    issue: "summit-diplomacy",
    validFrom: "2018-01-01",
    validUntil: "2018-03-07",
    position: -1,
    salience: 4,
    confidence: "medium",
    summary:
      "Until Trump accepted Kim's invitation on 2018-03-08, the US pursued \"maximum pressure\" rather than leader-level talks; the White House said that pressure would remain even as it accepted.",
    note: "The row's start (1 January 2018) is the start of the coded period; the cited statement of 8 March 2018 names the policy in force until then.",
    evidence: [
      ev(
        "S81",
        "Announcing that Trump would accept Kim's invitation to meet, the White House said that in the meantime all sanctions and maximum pressure must remain: the policy that had been in force.",
        { quote: "all sanctions and maximum pressure must remain" },
      ),
    ],
  },
  {
    actor: "USA",
    issue: "summit-diplomacy",
    validFrom: "2018-03-08",
    validUntil: "2021-01-19",
    position: 2,
    salience: 5,
    confidence: "high",
    summary: "Under Trump the US actively pursued leader summits with Kim: Singapore, Hanoi and the DMZ meeting.",
    evidence: [
      ev("S1", "Trump and Kim held the Singapore summit on 2018-06-12."),
      ev("S5", "Trump and Kim met again at Hanoi in February 2019."),
      ev("S15", "Trump met Kim at Panmunjom on 2019-06-30."),
    ],
  },
  {
    actor: "USA",
    issue: "summit-diplomacy",
    validFrom: "2021-04-30",
    position: 1,
    salience: 3,
    confidence: "high",
    summary: "Under Biden the US says it is open to dialogue with the DPRK with no preconditions.",
    evidence: [
      ev("S42", "The 2021 policy review set a calibrated practical approach open to dialogue with no preconditions.", {
        quote: "calibrated practical approach",
      }),
      ev("S20", "At Camp David the three leaders said they were committed to dialogue with the DPRK with no preconditions.", {
        quote: "committed to dialogue with [the DPRK] with no preconditions",
      }),
    ],
  },
  {
    actor: "DPRK",
    issue: "summit-diplomacy",
    counterpart: "USA",
    validFrom: "2018-03-08",
    validUntil: "2019-10-04",
    position: 2,
    salience: 5,
    confidence: "high",
    summary: "Pyongyang actively pursued summits with Trump: Singapore, Hanoi and the DMZ meeting.",
    evidence: [
      ev("S1", "Kim met Trump at the Singapore summit on 2018-06-12 and committed to work toward complete denuclearization of the Korean Peninsula."),
      ev("S15", "The 2019-06-30 Panmunjom meeting followed the Singapore and Hanoi summits between Kim and Trump."),
    ],
  },
  {
    actor: "DPRK",
    issue: "summit-diplomacy",
    counterpart: "USA",
    validFrom: "2019-10-05",
    position: -1,
    salience: 4,
    confidence: "medium",
    summary:
      "Since the Stockholm talks broke down in October 2019, Pyongyang has kept away from talks with the US, which remain deadlocked.",
    evidence: [
      ev("S14", "The US-DPRK working-level talks in Stockholm broke down on 2019-10-05."),
      ev("S0", "S0 notes that US-DPRK nuclear talks have remained deadlocked since Hanoi.", {
        quote: "The U.S.-North Korea nuclear talks remain deadlocked since then",
      }),
    ],
  },
  {
    actor: "DPRK",
    issue: "summit-diplomacy",
    counterpart: "ROK",
    validFrom: "2018-01-01",
    validUntil: "2019-04-11",
    position: 2,
    salience: 5,
    confidence: "high",
    summary: "Pyongyang actively pursued summits with Moon, holding three inter-Korean summits in 2018.",
    evidence: [
      ev("S2", "Kim met Moon at Panmunjom on 2018-04-27."),
      ev("S3", "Kim hosted Moon in Pyongyang in September 2018."),
    ],
  },
  {
    actor: "DPRK",
    issue: "summit-diplomacy",
    counterpart: "ROK",
    validFrom: "2019-04-12",
    validUntil: "2019-08-15",
    position: -1,
    salience: 3,
    confidence: "low",
    summary:
      "From April 2019 Pyongyang cooled on Seoul: in his Supreme People's Assembly speech Kim dismissed Seoul's attempts to mediate between Pyongyang and Washington.",
    evidence: [
      ev(
        "S83",
        "In his policy speech to the Supreme People's Assembly Kim criticized the South Korean government's attempts to mediate and facilitate US-DPRK nuclear talks and told Seoul to work for the interests of the nation instead.",
        { note: "Known from NK News's report of the speech; the \"officious mediator\" wording itself was not seen in a stored source, so it is not quoted." },
      ),
      ev("S35", "TASS reported Kim's statements of 2019-04-12, which gave the US until year-end for a courageous decision."),
    ],
  },
  {
    actor: "DPRK",
    issue: "summit-diplomacy",
    counterpart: "ROK",
    validFrom: "2019-08-16",
    position: -2,
    salience: 3,
    confidence: "medium",
    summary:
      "Since August 2019 Pyongyang has refused talks with Seoul, reportedly saying there was nothing more to talk about, and in 2022 rejected talks with Yoon.",
    evidence: [
      ev(
        "S84",
        "On 2019-08-16 the DPRK's Committee for the Peaceful Reunification of the Country dismissed Moon's Liberation Day speech and said Pyongyang had nothing more to talk about with the South Korean authorities and no idea of sitting with them again.",
        { quote: "we have nothing to talk any more with the South Korean authorities nor have any idea to sit with them again" },
      ),
      ev("S45", "In August 2022 Kim Yo Jong rejected talks with Yoon.", { quote: "we will not sit face to face with him" }),
    ],
  },
  {
    actor: "DPRK",
    issue: "summit-diplomacy",
    counterpart: "JPN",
    validFrom: "2018-01-01",
    position: -2,
    salience: 2,
    confidence: "medium",
    summary:
      "Pyongyang has kept a hard line toward Japan, dismissing Abe's summit offer and setting conditions for a summit with Kishida.",
    note: "Coded from 2018 on S0's account of the period; the dated DPRK statements cited are from 2019 and 2024.",
    evidence: [
      ev("S0", "S0 points to North Korea's hard-line stance toward Japan as one reason no Japan-DPRK summit was held.", {
        quote: "North Korea's hard-line stance toward Japan",
      }),
      ev("S32", "On 2019-06-02 the DPRK called Abe's offer of a summit the height of brazen-facedness.", {
        quote: "the height of brazen-facedness",
        date: "2019-06-02",
      }),
      ev("S46", "In March 2024 the DPRK rejected Kishida's summit bid unless Japan drops the abduction issue."),
    ],
  },

  // ---- I10 yongbyon ----
  {
    actor: "DPRK",
    issue: "yongbyon",
    validFrom: "2018-09-19",
    position: 2,
    salience: 5,
    confidence: "high",
    summary:
      "Pyongyang presents the permanent dismantlement of Yongbyon as the largest possible step, worth substantial sanctions relief.",
    evidence: [
      ev("S3", "The Pyongyang Joint Declaration offers the permanent dismantlement of Yongbyon if the US takes corresponding measures."),
      ev(
        "S4",
        "At Hanoi the DPRK offered the permanent dismantlement of all plutonium and uranium production at Yongbyon, with US experts present, called it the largest possible step and said its position will never change.",
        { quote: "will never change" },
      ),
    ],
  },
  {
    actor: "USA",
    issue: "yongbyon",
    validFrom: "2019-02-28",
    position: -1,
    salience: 4,
    confidence: "high",
    summary:
      "The US holds that dismantling Yongbyon alone does not merit sanctions relief: more than Yongbyon is needed, including another enrichment site.",
    evidence: [
      ev("S0", "Trump rejected the offer to dismantle Yongbyon in exchange for sanctions relief.", {
        quote:
          "President Trump rejected North Korea's offer to dismantle its prominent Yongbyon nuclear facility in exchange for the lifting of sanctions imposed on North Korea since 2016",
      }),
      ev("S5", "Trump said more than Yongbyon was needed and cited another enrichment site."),
    ],
  },
  {
    actor: "ROK",
    issue: "yongbyon",
    validFrom: "2019-03-01",
    validUntil: "2022-05-09",
    position: 1,
    salience: 4,
    confidence: "high",
    summary:
      "Under Moon, Seoul argued that Yongbyon, if completely demolished and verified, would mark entry into the irreversible stage of denuclearization.",
    evidence: [
      ev(
        "S23",
        "Moon said that if Yongbyon is completely demolished and verified, denuclearization enters the irreversible stage.",
        { quote: "completely demolished and verified" },
      ),
    ],
  },
  {
    actor: "JPN",
    issue: "yongbyon",
    validFrom: "2019-02-28",
    position: -2,
    salience: 3,
    confidence: "low",
    summary:
      "Japan backed the US walk-out at Hanoi; its view that Yongbyon alone is not enough is inferred from its CVID-first stance.",
    evidence: [
      ev("S62", "Abe backed Trump's walk-out at the Hanoi summit."),
      ev("S0", "Japan's approach is denuclearization first, then compensation, with CVID as the standard.", {
        note: "Inferred from Japan's CVID-first stance; S0 does not speak to Yongbyon directly.",
      }),
    ],
  },

  // ---- I11 security-order ----
  {
    actor: "JPN",
    issue: "security-order",
    validFrom: "2018-01-01",
    position: -2,
    salience: 4,
    confidence: "high",
    summary:
      "Japan insists on keeping the current security structure on the peninsula, including USFK, until the DPRK takes concrete denuclearization measures.",
    evidence: [
      ev("S0", "Japan insisted on keeping the current security structure because the DPRK had not taken concrete steps to denuclearize.", {
        quote:
          "Japan insisted on maintaining the current security structure on the Korean peninsula on the ground that North Korea did not take concrete measures to denuclearize itself",
      }),
      ev("S8", "Japan called USFK vital."),
    ],
  },
  {
    actor: "ROK",
    issue: "security-order",
    validFrom: "2018-05-01",
    validUntil: "2022-05-09",
    position: 1,
    salience: 5,
    confidence: "high",
    summary:
      "Under Moon, Seoul sought a peace regime while keeping the alliance and USFK, and signed the inter-Korean Comprehensive Military Agreement.",
    evidence: [
      ev("S48", "Seoul said USFK has nothing to do with signing a peace treaty.", {
        quote: "has nothing to do with signing any peace treaties",
      }),
      ev(
        "S3",
        "The September 2018 Comprehensive Military Agreement set buffer and no-fly zones, withdrew 11 guard posts on each side and disarmed the JSA.",
      ),
    ],
  },
  {
    actor: "USA",
    issue: "security-order",
    validFrom: "2018-06-01",
    validUntil: "2021-01-19",
    position: 0,
    salience: 3,
    confidence: "high",
    summary:
      "Under Trump the US left its force posture unchanged: Trump said the troops would come home eventually but were not part of the equation for now.",
    evidence: [
      ev("S47", "Trump said he wanted the troops home eventually, but that this was not part of the equation right now.", {
        quote: "not part of the equation right now",
      }),
      ev("S8", "No troop cuts were planned."),
    ],
  },
  {
    actor: "USA",
    issue: "security-order",
    validFrom: "2021-01-20",
    position: -2,
    salience: 4,
    confidence: "high",
    summary: "Under Biden the US keeps the alliance structure unchanged and calls its extended deterrence ironclad.",
    note: "Coded from Biden's inauguration; the earliest cited statement of the line is the 2023 Camp David summit.",
    evidence: [ev("S20", "At Camp David the US called its extended deterrence commitment ironclad.")],
  },
  {
    actor: "ROK",
    issue: "security-order",
    validFrom: "2022-05-10",
    position: -2,
    salience: 4,
    confidence: "high",
    summary: "Under Yoon, Seoul keeps the alliance structure unchanged and embraced ironclad US extended deterrence at Camp David.",
    note: `Coded from Yoon's inauguration; the earliest cited statement of the alliance line is the 2023 Camp David summit. ${YOON_INTERVAL_NOTE}`,
    evidence: [ev("S20", "The Camp David statement affirms that US extended deterrence is ironclad.")],
  },
  {
    actor: "DPRK",
    issue: "security-order",
    validFrom: "2018-12-01",
    position: 2,
    salience: 4,
    confidence: "medium",
    summary:
      "Pyongyang demands an end to the US hostile posture, counting US forces in the South in denuclearization and demanding that deployments of US strategic assets stop.",
    evidence: [
      ev("S24", "KCNA's definition of denuclearization counts the US forces in the South and surrounding areas.", {
        quote:
          "removing all elements of nuclear threats from the areas of both the north and the south of Korea and also from surrounding areas",
      }),
      ev("S34", "In his 2019 New Year address Kim said deployments of US strategic assets must stop."),
    ],
  },
  {
    actor: "CHN",
    issue: "security-order",
    validFrom: "2017-01-01",
    position: 1,
    salience: 3,
    confidence: "medium",
    summary: "China's dual-track approach pursues denuclearization together with a peace mechanism for the peninsula.",
    evidence: [ev("S37", "China proposed a dual-track approach: denuclearization plus a peace mechanism.")],
  },

  // ---- I12 verification ----
  {
    actor: "JPN",
    issue: "verification",
    validFrom: "2018-03-01",
    position: -2,
    salience: 4,
    confidence: "high",
    summary: "Japan wants intrusive international verification, urging concrete DPRK action such as admitting IAEA inspectors.",
    evidence: [
      ev(
        "S76",
        "Abe told Moon, as paraphrased by a Japanese official, that the DPRK must take concrete action such as allowing IAEA inspectors in.",
        {
          quote: "such as allowing IAEA inspectors in",
          note: "The quoted words are a Japanese official's paraphrase of Abe, not Abe's own words.",
        },
      ),
      ev("S77", "A report suggested Japan might share the cost of inspections.", {
        note: "Unverified: low-quality source (FACTS E).",
      }),
    ],
  },
  {
    actor: "USA",
    issue: "verification",
    validFrom: "2018-06-01",
    position: -2,
    salience: 5,
    confidence: "high",
    summary: "The US demands robust verification, including inspection of all sites.",
    evidence: [
      ev("S27", "Pompeo called for robust verification."),
      ev("S5", "At Hanoi the US sought inspection of all sites."),
    ],
  },
  {
    actor: "ROK",
    issue: "verification",
    validFrom: "2019-01-01",
    validUntil: "2022-05-09",
    position: -1,
    salience: 3,
    confidence: "medium",
    summary: "Under Moon, Seoul held that the dismantlement of DPRK facilities must be verified.",
    evidence: [ev("S23", "Moon said dismantlement must be verified.")],
  },
  {
    actor: "DPRK",
    issue: "verification",
    validFrom: "2018-09-19",
    position: 1,
    salience: 4,
    confidence: "high",
    summary:
      "Pyongyang offers observation of selected dismantlement by invited experts: Dongchang-ri under experts of relevant countries and, at Hanoi, Yongbyon in the presence of US experts.",
    evidence: [
      ev("S3", "The Pyongyang Joint Declaration has the Dongchang-ri test site dismantled under the observation of experts from relevant countries."),
      ev("S4", "At Hanoi the DPRK offered to dismantle Yongbyon in the presence of US experts.", {
        quote: "in the presence of US experts",
      }),
    ],
  },

  // ---- I13 japan-dprk-normalization ----
  {
    actor: "JPN",
    issue: "japan-dprk-normalization",
    validFrom: "2018-01-01",
    position: -1,
    salience: 4,
    confidence: "high",
    summary:
      "Japan seeks normalization under the 2002 Pyongyang Declaration only after comprehensive resolution of the nuclear, missile and abduction issues, with aid to follow normalization.",
    evidence: [
      ev(
        "S0",
        "Japan sought normalization under the 2002 Japan-DPRK Pyongyang Declaration, which sequences the nuclear commitments and the abductions before normalization.",
        {
          quote:
            "under which North Korea agreed to fulfill its commitments regarding its nuclear program, address the abduction of Japanese citizens and pursue bilateral negotiations toward normalization",
        },
      ),
      ev("S33", "The 2019 Diplomatic Bluebook puts a comprehensive resolution first, then normalization."),
      ev("S29", "Japan would provide aid only after normalization."),
    ],
  },
  {
    actor: "ROK",
    issue: "japan-dprk-normalization",
    validFrom: "2018-01-01",
    validUntil: "2022-05-09",
    position: 1,
    salience: 2,
    confidence: "low",
    summary:
      "Under Moon, Seoul encouraged Japan-DPRK dialogue, passing Abe's message to Kim; the coding is inferred.",
    evidence: [
      ev(
        "S0",
        "S0, from the Korea National Diplomatic Academy, regrets that Seoul and Tokyo failed to create a synergy between inter-Korean cooperation and Japan's efforts to open dialogue with the DPRK.",
        {
          quote:
            "eventually failed to create a synergy between Inter-Korean cooperation and Japan’s efforts to open dialogue with the North",
          note: "Inferred: the coding of Seoul's stance on Japan-DPRK normalization is an inference from this and S31.",
        },
      ),
      ev("S31", "Moon passed Abe's message to Kim.", { note: "Inferred: the coding rests on this indirect evidence." }),
    ],
  },
  {
    actor: "DPRK",
    issue: "japan-dprk-normalization",
    validFrom: "2018-01-01",
    position: 2,
    salience: 2,
    confidence: "medium",
    summary:
      "Pyongyang's terms put a settlement of the past first: Japan must admit its wrongdoings before anything else. Its refusal of contact is coded under summit diplomacy.",
    note: "The 2018 start is inferred; the cited statement dates from June 2019.",
    evidence: [
      ev(
        "S32",
        "In June 2019 the DPRK said Japan must first admit to the wrongdoings, its own terms putting a settlement of the past before anything else.",
        {
          quote: "admit to the wrongdoings",
          note: "The 2018 start of this row is inferred; the cited statement dates from June 2019.",
        },
      ),
    ],
  },
  ...STANCES_2024_2026,
];

// ---------------------------------------------------------------------------------------------------------
// Events (FACTS.md section A)
// ---------------------------------------------------------------------------------------------------------

export const EVENTS: EventSeed[] = [
  {
    key: "E00",
    date: "2002-09-17",
    title: "Japan-DPRK Pyongyang Declaration",
    description:
      "Koizumi-Kim Jong Il summit. The declaration provides for resuming normalization talks, a Japanese apology for colonial rule, economic cooperation after normalization, abiding by the international nuclear agreements, and extending the DPRK missile moratorium beyond 2003. Kim admitted the abductions at the summit.",
    actors: ["JPN", "DPRK"],
    sources: ["S16"],
    confidence: "high",
  },
  {
    key: "E01",
    date: "2018-02-09",
    endDate: "2018-02-25",
    title: "Pyeongchang Olympics",
    description:
      "A DPRK delegation including Kim Yo Jong attends; joint drills are postponed. On February 9 Abe urges Moon not to delay the drills; Moon answers that it is a sovereignty matter. (The closing date, 2018-02-25, was not re-checked.)",
    actors: ["ROK", "DPRK", "JPN", "USA"],
    sources: ["S30"],
    confidence: "high",
  },
  {
    key: "E02",
    date: "2018-03-20",
    title: "Allies agree to resume Foal Eagle/Key Resolve",
    description: "The US and the ROK agree to resume Foal Eagle/Key Resolve after the Games.",
    actors: ["USA", "ROK"],
    sources: ["S63"],
    confidence: "high",
  },
  {
    key: "E03",
    date: "2018-04-20",
    title: "DPRK halts nuclear and ICBM tests",
    description: "The DPRK stops nuclear and ICBM tests from April 21; the Punggye-ri test site is to close.",
    actors: ["DPRK"],
    sources: ["S58"],
    confidence: "high",
  },
  {
    key: "E04",
    date: "2018-04-27",
    title: "Panmunjom Declaration",
    description:
      "The two Koreas state the \"common goal of realizing, through complete denuclearization, a nuclear-free Korean Peninsula\"; they agree on three- or four-party meetings to declare the end of the war \"this year\" and turn the armistice into a peace treaty, on rail and road projects, and that Moon will visit Pyongyang.",
    actors: ["ROK", "DPRK"],
    sources: ["S2"],
    confidence: "high",
  },
  {
    key: "E05",
    date: "2018-05-24",
    endDate: "2018-06-01",
    title: "Trump cancels, then reinstates the Singapore summit",
    description: "Trump cancels the Singapore summit on May 24, then reinstates it on June 1.",
    actors: ["USA", "DPRK"],
    sources: ["S1"],
    confidence: "medium",
  },
  {
    key: "E06",
    date: "2018-06-12",
    title: "Singapore summit joint statement",
    description:
      "The US commits to \"security guarantees\"; Kim reaffirms his \"firm and unwavering commitment to complete denuclearization of the Korean Peninsula\". Four points: (1) new US-DPRK relations; (2) a \"lasting and stable peace regime\"; (3) reaffirming Panmunjom, the DPRK \"commits to work toward complete denuclearization of the Korean Peninsula\"; (4) recovery of POW/MIA remains. There is no verification wording and no timeline. Trump announces an end to \"war games\".",
    actors: ["USA", "DPRK"],
    sources: ["S1", "S47"],
    confidence: "high",
  },
  {
    key: "E07",
    date: "2018-06-18",
    endDate: "2018-06-22",
    title: "Ulchi Freedom Guardian suspended",
    description:
      "Ulchi Freedom Guardian is suspended. Mattis \"indefinitely suspended select exercises\", conditional on the DPRK negotiating in good faith.",
    actors: ["USA", "ROK"],
    sources: ["S6"],
    confidence: "high",
  },
  {
    key: "E08",
    date: "2018-07-07",
    title: "DPRK calls US demands \"gangster-like\"",
    description:
      "The DPRK calls US demands \"gangster-like\" and says the US delayed an end-of-war declaration. The US then shifts from CVID to \"FFVD\" (final, fully verified denuclearization); the date of that shift is unverified.",
    actors: ["DPRK", "USA"],
    sources: ["S25", "S27"],
    confidence: "medium",
  },
  {
    key: "E09",
    date: "2018-09-19",
    title: "Pyongyang Joint Declaration and military agreement",
    description:
      "The Dongchang-ri test site is to be dismantled under observation of experts from relevant countries. Yongbyon is to be dismantled permanently if the US takes \"corresponding measures\". Kaesong and Kumgang are to be normalized once conditions allow (paraphrase). The annexed Comprehensive Military Agreement (CMA), signed by the defense ministers, sets buffer and no-fly zones from November 1, withdraws 11 guard posts on each side and disarms the JSA.",
    actors: ["ROK", "DPRK"],
    sources: ["S3"],
    confidence: "high",
  },
  {
    key: "E10",
    date: "2018-10-05",
    title: "Japan withdraws from the Jeju Fleet Review",
    description:
      "Japan withdraws from the Jeju International Fleet Review (October 10-14) over the rising-sun ensign.",
    actors: ["JPN", "ROK"],
    sources: ["S53"],
    confidence: "high",
  },
  {
    key: "E11",
    date: "2018-10-10",
    title: "Seoul's 5.24 sanctions review, then walk-back",
    description:
      "Foreign Minister Kang says Seoul is reviewing its 2010 \"5.24\" sanctions, then walks it back. Trump: \"They do nothing without our approval.\"",
    actors: ["ROK", "USA"],
    sources: ["S56"],
    confidence: "high",
  },
  {
    key: "E12",
    date: "2018-10-13",
    endDate: "2018-10-21",
    title: "Moon asks Europe to consider easing sanctions",
    description:
      "Moon asks France and the UK to consider easing sanctions once denuclearization is irreversible; both insist on CVID.",
    actors: ["ROK"],
    sources: ["S22"],
    confidence: "high",
  },
  {
    key: "E13",
    date: "2018-10-30",
    title: "ROK Supreme Court forced-labour ruling",
    description:
      "The ROK Supreme Court orders Nippon Steel to compensate four plaintiffs. Japan says the claims were settled in 1965.",
    actors: ["ROK", "JPN"],
    sources: ["S54"],
    confidence: "high",
  },
  {
    key: "E14",
    date: "2018-11-21",
    title: "Reconciliation and Healing Foundation to be dissolved",
    description:
      "The ROK announces the dissolution of the Reconciliation and Healing Foundation, set up under the 2015 deal with 1 billion yen from Japan; the dissolution was completed in mid-2019.",
    actors: ["ROK", "JPN"],
    sources: ["S52"],
    confidence: "high",
  },
  {
    key: "E15",
    date: "2018-12-20",
    title: "Radar lock-on dispute",
    description:
      "Dispute over a radar lock-on involving the ROKS Gwanggaeto the Great and a JMSDF P-1. S0 gives 2018-12-21, probably the date Japan announced it (unverified); the incident was on 2018-12-20 (JST).",
    actors: ["ROK", "JPN"],
    sources: ["S55"],
    confidence: "medium",
  },
  {
    key: "E16",
    date: "2018-12-20",
    title: "KCNA defines denuclearization",
    description:
      "KCNA says denuclearization means \"removing all elements of nuclear threats from the areas of both the north and the south of Korea and also from surrounding areas\".",
    actors: ["DPRK"],
    sources: ["S24"],
    confidence: "high",
  },
  {
    key: "E17",
    date: "2019-01-01",
    title: "Kim Jong Un's New Year address",
    description:
      "Kim says he is ready to meet Trump; warns of a \"new path\" if sanctions persist; offers Kaesong and Kumgang \"without any preconditions or price\"; says joint drills must stop.",
    actors: ["DPRK", "USA", "ROK"],
    sources: ["S34"],
    confidence: "high",
  },
  {
    key: "E18",
    date: "2019-01-31",
    title: "Biegun: \"simultaneously and in parallel\"",
    description:
      "Biegun says the US will move \"simultaneously and in parallel\", provided the DPRK delivers FFVD.",
    actors: ["USA", "DPRK"],
    sources: ["S26"],
    confidence: "high",
  },
  {
    key: "E19",
    date: "2019-02-27",
    endDate: "2019-02-28",
    title: "Hanoi summit ends with no deal",
    description:
      "Trump: \"Basically they wanted the sanctions lifted in their entirety, and we couldn't do that\"; Yongbyon alone was not enough. Ri Yong Ho: \"not the removal of all sanctions, but the partial removal\". The DPRK sought the civilian-economy articles of 5 of the 11 UN Security Council (UNSC) resolutions, those from 2016-17. In return it offered permanent dismantlement of all plutonium and uranium production at Yongbyon, with US experts present, and a written test halt. The five are presumably UNSCR 2270 (2016-03-02), 2321 (2016-11-30), 2371 (2017-08-05), 2375 (2017-09-11) and 2397 (2017-12-22) (inference: the dates are verified, the matching is not).",
    actors: ["USA", "DPRK"],
    sources: ["S4", "S5", "S51"],
    confidence: "medium",
  },
  {
    key: "E20",
    date: "2019-03-02",
    title: "Key Resolve and Foal Eagle ended",
    description: "Key Resolve and Foal Eagle are ended and replaced by the smaller \"Dong Maeng\".",
    actors: ["USA", "ROK"],
    sources: ["S7"],
    confidence: "high",
  },
  {
    key: "E21",
    date: "2019-04-12",
    title: "Kim gives the US a year-end deadline",
    description: "Kim gives the US until the end of the year for a \"courageous decision\".",
    actors: ["DPRK", "USA"],
    sources: ["S35"],
    confidence: "high",
  },
  {
    key: "E22",
    date: "2019-04-23",
    title: "Japan's Bluebook drops \"maximize pressure\"",
    description:
      "Japan's Diplomatic Bluebook drops \"maximize pressure\"; resolving the abductions remains a precondition for normalization.",
    actors: ["JPN", "DPRK"],
    sources: ["S33"],
    confidence: "high",
  },
  {
    key: "E23",
    date: "2019-05-01",
    endDate: "2019-05-02",
    title: "Abe offers to meet Kim \"without conditions\"",
    description:
      "In a Sankei interview Abe offers to meet Kim \"without conditions\"; translations of his wording vary.",
    actors: ["JPN", "DPRK"],
    sources: ["S9"],
    confidence: "high",
  },
  {
    key: "E24",
    date: "2019-05-04",
    endDate: "2019-05-09",
    title: "DPRK short-range missile tests",
    description:
      "May 4: a \"tactical guided weapon\" is launched near Wonsan. May 9: two missiles (about 420 km and 270 km), reportedly KN-23.",
    actors: ["DPRK"],
    sources: ["S64"],
    confidence: "high",
  },
  {
    key: "E25",
    date: "2019-05-14",
    endDate: "2019-05-29",
    title: "US and Japanese reactions to the May 2019 launches",
    description:
      "Trump (tweet, May 26 Tokyo time): \"North Korea fired off some small weapons, which disturbed some of my people, and others, but not me.\" Bolton and Shanahan call the launches UNSC violations. Abe calls them a violation, \"extremely regrettable\" (May 14), and repeats it beside Trump on May 27.",
    actors: ["USA", "JPN", "DPRK"],
    sources: ["S10", "S11"],
    confidence: "high",
  },
  {
    key: "E26",
    date: "2019-06-02",
    title: "DPRK rejects Abe's summit offer",
    description: "The DPRK calls Abe's offer \"the height of brazen-facedness\".",
    actors: ["DPRK", "JPN"],
    sources: ["S32"],
    confidence: "high",
  },
  {
    key: "E27",
    date: "2019-06-30",
    title: "Trump-Kim meeting at Panmunjom",
    description: "Trump and Kim meet at Panmunjom, with Moon present; working-level talks are to resume.",
    actors: ["USA", "DPRK", "ROK"],
    sources: ["S15"],
    confidence: "high",
  },
  {
    key: "E28",
    date: "2019-07-04",
    endDate: "2019-08-28",
    title: "Japan's export controls on the ROK",
    description:
      "Licences are required for three chip materials from July 4; the ROK is removed from Japan's export \"white list\" (Cabinet decision August 2, in force August 28). Tokyo calls it export control; Seoul calls it retaliation.",
    actors: ["JPN", "ROK"],
    sources: ["S13"],
    confidence: "high",
  },
  {
    key: "E29",
    date: "2019-08-22",
    endDate: "2019-11-22",
    title: "GSOMIA termination decision, then suspension",
    description:
      "The ROK decides to end GSOMIA, its military intelligence-sharing pact with Japan; on November 22 it \"conditionally\" suspends the termination.",
    actors: ["ROK", "JPN"],
    sources: ["S12"],
    confidence: "high",
  },
  {
    key: "E30",
    date: "2019-10-05",
    title: "Stockholm working-level talks break down",
    description: "The US-DPRK working-level talks in Stockholm break down.",
    actors: ["USA", "DPRK"],
    sources: ["S14"],
    confidence: "high",
  },
  {
    key: "E31",
    date: "2019-12-16",
    title: "China-Russia draft UNSC resolution on sanctions",
    description:
      "China and Russia draft a UNSC resolution to ease some sanctions and exempt inter-Korean rail and road projects; it is never voted on.",
    actors: ["CHN", "RUS"],
    sources: ["S38"],
    confidence: "high",
  },
  {
    key: "E32",
    date: "2019-12-28",
    endDate: "2019-12-31",
    title: "Kim: no longer bound by the test moratorium",
    description: "Kim says there is \"no ground for us to get unilaterally bound\" to the test moratorium any longer.",
    actors: ["DPRK"],
    sources: ["S36"],
    confidence: "high",
  },
  {
    key: "E33",
    date: "2020-06-16",
    title: "DPRK blows up the Kaesong liaison office",
    description: "The DPRK blows up the inter-Korean liaison office in Kaesong.",
    actors: ["DPRK", "ROK"],
    sources: ["S61"],
    confidence: "high",
  },
  {
    key: "E34",
    date: "2021-04-30",
    title: "Biden DPRK policy review",
    description:
      "Biden's policy review settles on a \"calibrated practical approach\"; the goal remains complete denuclearization.",
    actors: ["USA"],
    sources: ["S42"],
    confidence: "high",
  },
  {
    key: "E35",
    date: "2021-05-21",
    title: "Biden-Moon joint statement",
    description: "The Biden-Moon statement builds diplomacy on the Panmunjom and Singapore commitments.",
    actors: ["USA", "ROK"],
    sources: ["S43"],
    confidence: "high",
  },
  {
    key: "E36",
    date: "2021-09-21",
    endDate: "2021-09-24",
    title: "Moon proposes an end-of-war declaration at the UNGA",
    description:
      "Moon proposes an end-of-war declaration at the UN General Assembly (UNGA). Kim Yo Jong calls it an \"interesting\" idea, but only if hostile policy is withdrawn first.",
    actors: ["ROK", "DPRK"],
    sources: ["S44", "S65"],
    confidence: "high",
  },
  {
    key: "E37",
    date: "2022-03-24",
    title: "First DPRK ICBM launch since 2017",
    description: "The DPRK launches its first ICBM since 2017.",
    actors: ["DPRK"],
    sources: ["S39"],
    confidence: "medium",
  },
  {
    key: "E38",
    date: "2022-05-26",
    title: "China and Russia veto new DPRK sanctions",
    description: "China and Russia veto new sanctions on the DPRK (13-2).",
    actors: ["CHN", "RUS"],
    sources: ["S39"],
    confidence: "high",
  },
  {
    key: "E39",
    date: "2022-08-15",
    endDate: "2022-08-19",
    title: "Yoon's \"audacious initiative\" rejected",
    description:
      "Yoon presents his \"audacious initiative\". Kim Yo Jong: \"we will not sit face to face with him\".",
    actors: ["ROK", "DPRK"],
    sources: ["S45"],
    confidence: "high",
  },
  {
    key: "E40",
    date: "2022-08-22",
    title: "Ulchi Freedom Shield restores field training",
    description: "Ulchi Freedom Shield restores large-scale field training.",
    actors: ["USA", "ROK"],
    sources: ["S59"],
    confidence: "high",
  },
  {
    key: "E41",
    date: "2022-09-08",
    title: "DPRK law on its nuclear-forces policy",
    description: "The DPRK adopts a law on its nuclear-forces policy (pre-emptive use; no bargaining over nuclear weapons).",
    actors: ["DPRK"],
    sources: ["S17"],
    confidence: "high",
  },
  {
    key: "E42",
    date: "2023-03-06",
    endDate: "2023-03-16",
    title: "Forced-labour fund and Yoon-Kishida summit",
    description:
      "The ROK sets up a domestic forced-labour compensation fund. At the Yoon-Kishida summit Japan lifts its curbs, the ROK drops its WTO case and GSOMIA is declared fully normalized.",
    actors: ["ROK", "JPN"],
    sources: ["S21"],
    confidence: "medium",
  },
  {
    key: "E43",
    date: "2023-08-18",
    title: "Camp David summit",
    description:
      "The US, ROK and Japanese leaders are \"committed to dialogue with [the DPRK] with no preconditions\"; US extended deterrence is \"ironclad\".",
    actors: ["USA", "ROK", "JPN"],
    sources: ["S20"],
    confidence: "high",
  },
  {
    key: "E44",
    date: "2023-09-19",
    endDate: "2023-09-27",
    title: "Kishida's UNGA summit offer; DPRK nuclear constitution",
    description:
      "Kishida at the UNGA (September 19): ready for a summit \"without any preconditions\". On September 26-27 the DPRK constitution enshrines its nuclear build-up.",
    actors: ["JPN", "DPRK"],
    sources: ["S46", "S60"],
    confidence: "medium",
  },
  {
    key: "E45",
    date: "2023-11-22",
    endDate: "2023-11-23",
    title: "ROK partly suspends the CMA; DPRK scraps it",
    description: "The ROK partly suspends the Comprehensive Military Agreement (CMA); the DPRK scraps it.",
    actors: ["ROK", "DPRK"],
    sources: ["S19"],
    confidence: "high",
  },
  {
    key: "E46",
    date: "2023-12-30",
    endDate: "2024-01-15",
    title: "Kim: \"two states hostile to each other\"",
    description: "Kim describes the Koreas as \"two states hostile to each other\"; unification is dropped.",
    actors: ["DPRK", "ROK"],
    sources: ["S18"],
    confidence: "high",
  },
  {
    key: "E47",
    date: "2024-03-25",
    endDate: "2024-03-29",
    title: "DPRK rejects Kishida's summit bid",
    description: "The DPRK rejects Kishida's summit bid unless Japan drops the abduction issue.",
    actors: ["DPRK", "JPN"],
    sources: ["S46"],
    confidence: "medium",
  },
  {
    key: "E48",
    date: "2024-03-28",
    title: "Russia vetoes the UN Panel of Experts renewal",
    description: "Russia vetoes renewal of the UN Panel of Experts on DPRK sanctions; China abstains.",
    actors: ["RUS", "CHN"],
    sources: ["S40"],
    confidence: "high",
  },
  {
    key: "E49",
    date: "2024-06-04",
    title: "ROK fully suspends the CMA",
    description: "The ROK fully suspends the Comprehensive Military Agreement (CMA).",
    actors: ["ROK"],
    sources: ["S19"],
    confidence: "high",
  },
  {
    key: "E50",
    date: "2024-06-19",
    title: "DPRK-Russia treaty",
    description: "The DPRK and Russia sign a treaty with a mutual-assistance clause.",
    actors: ["DPRK", "RUS"],
    sources: ["S41"],
    confidence: "high",
  },
  {
    key: "E51",
    date: "2024-10-15",
    endDate: "2024-10-17",
    title: "DPRK blows up inter-Korean road and rail links",
    description:
      "The DPRK blows up inter-Korean road and rail links and says its constitution now names the ROK as hostile (unverified: the text is unpublished).",
    actors: ["DPRK", "ROK"],
    sources: ["S66"],
    confidence: "medium",
  },
  ...EVENTS_2024_2026,
];
