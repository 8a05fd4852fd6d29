/**
 * Korean particles after a value that a message cannot know in advance (an actor's name, a draft's number): the
 * catalogue writes both forms, "{a}와(과) {b}", and this picks the one the word before takes, "한국과 일본",
 * "러시아와 중국". Pure string work; a text without such pairs (every English text) comes back as it is.
 */

/** Each written pair: the form after a final consonant, the form after a vowel. */
const PAIRS: Record<string, [consonant: string, vowel: string]> = {
  "와(과)": ["과", "와"],
  "과(와)": ["과", "와"],
  "을(를)": ["을", "를"],
  "를(을)": ["을", "를"],
  "은(는)": ["은", "는"],
  "는(은)": ["은", "는"],
  "이(가)": ["이", "가"],
  "가(이)": ["이", "가"],
  "(으)로": ["으로", "로"],
};

const PAIR = /(와\(과\)|과\(와\)|을\(를\)|를\(을\)|은\(는\)|는\(은\)|이\(가\)|가\(이\)|\(으\)로)/g;
/** Closing marks between a word and its particle: “{title}”을(를), {name}({code})을(를). */
const CLOSING = /[”"’'」』)\]]/;
/** How digits are read in Korean (일, 이, 삼, 사, 오, 육, 칠, 팔, 구, 영): 0 no final, 1 a final, 2 final ㄹ. */
const DIGIT_FINAL = [1, 2, 0, 1, 0, 0, 1, 2, 2, 0];

/** The sound a word ends on: "none" (a vowel), "rieul" (final ㄹ), "other" (another final), or unknown. */
function ending(text: string, at: number): "none" | "rieul" | "other" | null {
  let i = at - 1;
  while (i >= 0 && CLOSING.test(text[i])) {
    // Skip a parenthesised code after a name: the particle follows the name as it is read, "{name}({code})".
    if (text[i] === ")") {
      const open = text.lastIndexOf("(", i);
      if (open < 0) return null;
      i = open - 1;
    } else i--;
  }
  if (i < 0) return null;
  const code = text.charCodeAt(i);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28;
    return final === 0 ? "none" : final === 8 ? "rieul" : "other";
  }
  if (code >= 0x30 && code <= 0x39) return (["none", "other", "rieul"] as const)[DIGIT_FINAL[code - 0x30]];
  return null;
}

/** The text with every written pair replaced by the form the word before it takes (unchanged where unknown). */
export function josa(text: string): string {
  if (!text.includes("(")) return text;
  return text.replace(PAIR, (pair, _p, offset: number) => {
    const end = ending(text, offset);
    if (end === null) return pair;
    const [consonant, vowel] = PAIRS[pair];
    // (으)로: 로 after a vowel and after ㄹ ("서울로"), 으로 after another final ("#3으로").
    if (pair === "(으)로") return end === "other" ? consonant : vowel;
    return end === "none" ? vowel : consonant;
  });
}
