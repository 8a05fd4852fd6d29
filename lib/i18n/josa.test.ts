import { describe, expect, it } from "vitest";
import { josa } from "./josa";

describe("josa", () => {
  it("picks 과 after a final consonant and 와 after a vowel", () => {
    expect(josa("한국와(과) 일본: 입장이 다른 곳")).toBe("한국과 일본: 입장이 다른 곳");
    expect(josa("러시아와(과) 중국")).toBe("러시아와 중국");
  });

  it("handles 을(를), 은(는), 이(가) and (으)로, ㄹ taking 로", () => {
    expect(josa("요약은(는) 필수입니다.")).toBe("요약은 필수입니다.");
    expect(josa("행위자이(가) 이전 값으로 돌아갔습니다.")).toBe("행위자가 이전 값으로 돌아갔습니다.");
    expect(josa("쟁점을(를) 저장했습니다.")).toBe("쟁점을 저장했습니다.");
    expect(josa("서울(으)로, 부산(으)로, 인천(으)로")).toBe("서울로, 부산으로, 인천으로");
  });

  it("reads digits as Korean numbers", () => {
    expect(josa("초안 #12을(를) 승인")).toBe("초안 #12를 승인");
    expect(josa("기록 #13을(를)")).toBe("기록 #13을");
    expect(josa("초안 #7(으)로 저장")).toBe("초안 #7로 저장");
    expect(josa("초안 #6(으)로 저장")).toBe("초안 #6으로 저장");
  });

  it("looks through closing quotes and a parenthesised code to the word", () => {
    expect(josa("사건 “판문점 선언”을(를) 추가했습니다.")).toBe("사건 “판문점 선언”을 추가했습니다.");
    expect(josa("행위자 러시아(RUS)을(를) 추가했습니다.")).toBe("행위자 러시아(RUS)를 추가했습니다.");
  });

  it("keeps both forms after a word it cannot read, and leaves other text alone", () => {
    expect(josa("쟁점 CVID을(를) 저장")).toBe("쟁점 CVID을(를) 저장");
    expect(josa("South Korea and Japan (after Hanoi)")).toBe("South Korea and Japan (after Hanoi)");
    expect(josa("(과) 와(과)")).toBe("(과) 와(과)");
  });
});
