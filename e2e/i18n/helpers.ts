import { expect, type Page } from "@playwright/test";

/**
 * Words that may stay in Latin letters on a Korean page: codes, abbreviations and proper names of the field,
 * the product's name, and the language switch's "English".
 */
export const LATIN_ALLOWED = new Set([
  "Stance", "Atlas", "English", "ROK", "JPN", "USA", "DPRK", "CHN", "RUS", "CVID", "FFVD", "ICBM", "SRBM", "IRBM", "NCG", "UN",
  "UNSC", "IAEA", "NPT", "CSV", "PNG", "SVG", "PDF", "XLSX", "Excel", "API", "JSON", "URL", "IFANS", "Focus", "YOON", "Sukjung",
  "CMA", "UFS", "FS", "KCNA", "NK", "AP", "AFP", "UPI", "Reuters", "KBS", "NHK", "Yonhap", "Kyodo", "MOFA", "MOU", "WPK", "DMZ", "S", "E", "I",
  // Codes of the admin area: the time standard of audit times, the unit of the import's size limit, file types.
  "UTC", "MB", "xlsx", "csv",
  // Names of agreements and initiatives, written so in Korean texts too.
  "GSOMIA", "END",
]);

/**
 * The visible interface text of a Korean page, minus what is content in its original language (quotes, source
 * titles and publishers marked lang="en", codes): the Latin-letter words left are English interface words.
 */
export async function englishUiWords(page: Page, root = "body"): Promise<string[]> {
  const words = await page.locator(root).evaluate((el) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest("script, style, noscript, template, textarea, select, [hidden], [aria-hidden='true'], [lang]:not([lang='ko']), .sr-only-latin")) continue;
      const style = getComputedStyle(parent);
      if (style.display === "none" || style.visibility === "hidden") continue;
      texts.push(n.textContent ?? "");
    }
    // Words in quotation marks are quoted content in its original language ("big deal", "complete
    // denuclearization"), not interface text, also when the quote spans elements; a quote cut off by an
    // ellipsis ends there.
    const text = texts
      .join("\n")
      .replace(/"[^"…]{0,200}["…]|“[^”…]{0,200}[”…]/g, " ")
      // an English term glossed after a Korean word in the data, "레이더 조준(lock-on)": content, not interface
      .replace(/(?<=[\uac00-\ud7a3])\([A-Za-z][A-Za-z .\-]{0,40}\)/g, " ");
    return text.split(/[^A-Za-z]+/).filter((w) => w.length > 1);
  });
  // All-capital words of 2 to 8 letters are codes and acronyms (actor codes have that form: db/schema.ts), and the
  // e2e accounts' usernames are data.
  const usernames = new Set([process.env.E2E_ADMIN_USERNAME ?? "", process.env.E2E_EDITOR_USERNAME ?? ""].flatMap((u) => u.split(/[^A-Za-z]+/)));
  return [...new Set(words)].filter((w) => !LATIN_ALLOWED.has(w) && !/^[A-Z]{2,8}$/.test(w) && !usernames.has(w));
}

/** Fails with the English words found, when a Korean page shows interface text in English. */
export async function expectKoreanUi(page: Page, root = "body") {
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  expect(await englishUiWords(page, root), "English interface words on a Korean page").toEqual([]);
}
