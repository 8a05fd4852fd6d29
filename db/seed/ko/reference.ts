/**
 * Korean text of the reference content of the curated dataset: actors (db/seed/data.ts ACTORS, by code), issues
 * (ISSUES, by slug; scale labels ordered -2, -1, 0, +1, +2) and issue clusters (CLUSTERS in lib/domain.ts, by id).
 * Faithful translations of the English originals; quoted words stay in English with a Korean gloss. Pure data.
 */
import type { ActorKo, IssueKo } from "./types";

export const ACTORS_KO: Record<string, ActorKo> = {
  ROK: {
    name: "대한민국(한국)",
    shortName: "한국",
    description:
      "한국. 2022-05-09까지는 문재인 정부, 2022-05-10부터는 윤석열 정부(2024-12-14 탄핵소추, 2025-04-04 파면, 2025-06-03까지 대통령 권한대행 체제), 2025-06-04부터는 이재명 정부를 기준으로 코딩했다.",
  },
  JPN: {
    name: "일본",
    shortName: "일본",
    description:
      "일본. 아베, 스가(2020-09부터), 기시다(2021-10-04부터), 이시바(2024-10-01부터), 다카이치(2025-10-21부터) 내각을 기준으로 코딩했다.",
  },
  USA: {
    name: "미국",
    shortName: "미국",
    description:
      "미국. 제1기 트럼프 행정부(2021-01-19까지), 바이든 행정부(2021-01-20부터), 제2기 트럼프 행정부(2025-01-20부터)를 기준으로 코딩했다.",
  },
  DPRK: {
    name: "조선민주주의인민공화국(북한)",
    shortName: "북한",
    description:
      "김정은 체제의 북한으로, 그 핵·미사일 프로그램과 주변국과의 관계가 평화 프로세스의 대상이다. 제9차 당대회(2026년 2월)와 2026년 5월 공개된 헌법까지 코딩했다.",
  },
  CHN: {
    name: "중화인민공화국(중국)",
    shortName: "중국",
    description: "중국. 유엔 안보리 상임이사국이자 한국전쟁 정전협정의 서명 당사자로, 추가 행위자로 포함했다.",
  },
  RUS: {
    name: "러시아 연방(러시아)",
    shortName: "러시아",
    description:
      "러시아. 유엔 안보리 상임이사국으로, 제재와 남북 협력 사업, 그리고 2024년 북한과의 조약 이후로는 비핵화와 안보 질서에 관한 추가 행위자로 포함했다.",
  },
};

export const ISSUES_KO: Record<string, IssueKo> = {
  "complete-denuclearization": {
    title: "\"complete denuclearization\"(완전한 비핵화)의 의미",
    definition: "무엇을, 어디에서, 어떤 기준으로 제거해야 하는가의 문제.",
    scale: [
      "북한의 모든 핵 프로그램(및 대량살상무기, 미사일)의 CVID/FFVD",
      "북한 핵의 완전한 폐기(핵무기, 핵물질)",
      "비핵 한반도, 범위와 기준은 열어 둠",
      "한반도 전역, 미국의 핵위협과 핵우산 제거 포함",
      "비핵화 거부, 북한의 핵보유 지위는 영구적",
    ],
  },
  sequencing: {
    title: "이행 순서",
    definition: "북한의 조치와 보상 간의 순서.",
    scale: [
      "완전한 비핵화 선행, 보상은 그 이후",
      "보상에 앞서 주요 비핵화 조치",
      "동시적·병행적",
      "단계적 행동 대 행동",
      "보상(\"corresponding measures\", 상응 조치) 우선",
    ],
  },
  "sanctions-relief": {
    title: "제재 완화",
    definition: "유엔 제재와 독자 제재.",
    scale: [
      "CVID까지 모든 제재 유지 또는 강화",
      "제재 유지, 좁은 범위의(예: 인도적) 예외만 허용",
      "불가역적 단계에서만 제재 완화",
      "부분적 조치에 부분적 제재 완화",
      "지금 광범위하게 제재 해제",
    ],
  },
  "end-of-war-declaration": {
    title: "종전선언",
    definition: "평화협정에 앞서 1950-53년 전쟁을 끝내는 정치적 선언.",
    scale: [
      "비핵화 전까지 반대",
      "회의적: 현 단계에서는 시기상조",
      "중립, 어느 쪽으로도 주장하지 않음",
      "조기의, 철회 가능한 신뢰 구축 조치",
      "전제조건 또는 첫 보상으로 요구",
    ],
  },
  "missile-scope": {
    title: "미사일 범위(SRBM/IRBM 대 ICBM)",
    definition: "단거리·중거리 미사일 발사를 문제의 일부로 다루는지 여부.",
    scale: [
      "모든 사거리 폐기 대상, 어떤 발사도 유엔 안보리 결의 위반",
      "모든 사거리가 대상, 단거리 발사는 덜 심각한 우려",
      "모호: 단거리 발사를 용인하지도 문제 삼지도 않음",
      "ICBM과 핵실험만 문제",
      "모든 미사일 발사는 정당한 자위권 행사",
    ],
  },
  "joint-exercises": {
    title: "한미연합훈련",
    definition: "연합훈련의 규모.",
    scale: [
      "억제를 위해 전면적 훈련 필수",
      "훈련 지속, 시기나 형태는 조정",
      "중립: 훈련 규모는 협상 가능",
      "외교를 돕기 위해 유예 또는 축소",
      "영구 중단(적대 행위로 간주)",
    ],
  },
  abductions: {
    title: "납치 문제",
    definition: "북한의 일본인 납치(일본 정부 집계 17명).",
    scale: [
      "해결이 국교 정상화나 지원의 전제조건",
      "회담에서 제기",
      "중립, 일본과 북한에 맡김",
      "비중 축소, 회담의 걸림돌이 되어서는 안 됨",
      "\"Already resolved\"(이미 해결됨), 논의할 의무 없음",
    ],
  },
  "inter-korean-cooperation": {
    title: "남북 경제협력",
    definition: "개성공단, 금강산관광, 철도·도로 사업.",
    scale: [
      "협력 없음(반대 또는 거부)",
      "협력 동결 또는 엄격한 조건부 협력",
      "제한적 또는 사안별 협력만",
      "제재 범위 내 또는 예외 인정을 통한 협력",
      "제재와 관계없는 전면적 협력",
    ],
  },
  "summit-diplomacy": {
    title: "정상외교 / 전제조건 없는 대화",
    definition: "사전 조건 없이 정상급 회담을 열 의향.",
    scale: [
      "상대가 먼저 조건을 충족하지 않으면 회담 불가",
      "소극적, 성과가 예상될 때만 회담",
      "정상급 회담에 대해 입장 유보",
      "전제조건 없는 회담에 열려 있음",
      "정상회담을 적극 추진",
    ],
  },
  yongbyon: {
    title: "하나의 단계로서의 영변 핵시설",
    definition: "영변 핵시설 폐기가 갖는 가치.",
    scale: [
      "단독으로는 가치 없음, 포괄적 \"big deal\"(일괄 타결·빅딜)만 인정",
      "유용하나 불충분, 제재 완화에는 추가 시설 필요",
      "의미 있는 조치, 제재 완화에 못 미치는 상응 대가를 받을 만함",
      "\"Entrance to an irreversible stage\"(불가역적 단계로의 입구), 부분적 제재 완화를 받을 만함",
      "가능한 최대의 조치, 상당한 제재 완화를 받을 만함",
    ],
  },
  "security-order": {
    title: "안보 질서(동맹, 주한미군, 평화체제)",
    definition: "비핵화가 한반도의 군사 질서를 바꾸는지 여부.",
    scale: [
      "비핵화 전까지 현 구조를 그대로 유지",
      "구조 유지, 제한적 신뢰 구축만",
      "향후 변화에 열려 있으나 현재 논의 대상은 없음",
      "동맹과 주한미군을 유지하면서 평화체제 구축",
      "미국의 \"hostile\"(적대적) 태세, 핵우산, 전략자산 종식",
    ],
  },
  verification: {
    title: "검증",
    definition: "사찰 기준.",
    scale: [
      "완전한 신고와 강도 높은 IAEA/국제 사찰",
      "검증된 폐기, 사찰 기준은 단계적 적용",
      "원칙적 검증, 구체적 방식은 협상에 맡김",
      "초청된 전문가가 선별된 폐기 작업을 참관",
      "외부 사찰 불허",
    ],
  },
  "japan-dprk-normalization": {
    title: "북일 국교 정상화(2002년의 틀)",
    definition: "외교 관계 수립에 이르는 경로.",
    scale: [
      "국교 정상화 회담 없음",
      "납치·핵·미사일 문제 해결 후 국교 정상화",
      "국교 정상화와 현안을 함께 해결",
      "국교 정상화를 위한 조기 북일 회담 권장",
      "국교 정상화 우선, 식민지 시대 청산과 지원 동반",
    ],
  },
};

export const CLUSTERS_KO: Record<string, string> = {
  denuclearization: "비핵화",
  "sanctions-sequencing": "제재와 이행 순서",
  "security-order": "군사·안보 질서",
  "bilateral-humanitarian": "외교, 양자 관계 및 인도적 사안",
};
