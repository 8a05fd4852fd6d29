import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { en, ko } from "../../messages";
import { formatDate } from "../dates";
import { messageText, seriesValues, type AdminMessage } from "./messages";

const say = (lang: "en" | "ko", m: AdminMessage) =>
  messageText(createTranslator({ locale: lang, messages: lang === "en" ? en : ko, namespace: "AdminMessages" }), m, (iso) => formatDate(iso, lang));

describe("admin message codes", () => {
  it("say a stance's series with or without a counterpart, the date in the reader's language", () => {
    const plain: AdminMessage = { key: "stanceCorrected", values: seriesValues({ actor: "ROK", issue: "sequencing", counterpart: null }, "2019-03-01") };
    const directed: AdminMessage = { key: "stanceRecorded", values: seriesValues({ actor: "DPRK", issue: "summit-diplomacy", counterpart: "USA" }, "2019-03-01") };
    expect(say("en", plain)).toBe("Corrected the stance of ROK on sequencing from 1 Mar 2019.".replace("1 Mar 2019", formatDate("2019-03-01", "en")));
    expect(say("en", directed)).toBe(`Recorded a stance of DPRK toward USA on summit-diplomacy from ${formatDate("2019-03-01", "en")}.`);
    expect(say("ko", plain)).toBe("ROK의 sequencing 입장(2019년 3월 1일부터)을 수정했습니다.");
    expect(say("ko", directed)).toBe("DPRK의 USA 대상 summit-diplomacy 입장(2019년 3월 1일부터)을 기록했습니다.");
  });

  it("name entities and roles in the reader's language, and count with plurals", () => {
    expect(say("en", { key: "revertedRestored", values: { id: 12, entity: "actor" } })).toBe("Reverted entry #12: the actor has its earlier values again.");
    expect(say("ko", { key: "revertedRestored", values: { id: 12, entity: "actor" } })).toBe("기록 #12를 되돌렸습니다. 행위자가 이전 값으로 돌아갔습니다.");
    expect(say("en", { key: "gone", values: { entity: "user" } })).toBe("This account no longer exists.");
    expect(say("ko", { key: "userAdded", values: { role: "editor", username: "kim" } })).toBe("편집자 kim 계정을 추가했습니다.");
    expect(say("en", { key: "importRowErrors", values: { count: 1 } })).toBe("Nothing was imported: 1 row error.");
    expect(say("en", { key: "actorInEvents", values: { count: 2 } })).toMatch(/^The actor is named in 2 events: remove it from those events first/);
    expect(say("ko", { key: "importRowErrors", values: { count: 3 } })).toBe("가져온 것이 없습니다: 줄 오류 3건.");
  });
});
