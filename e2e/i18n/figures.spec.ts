import { expect, test, type Page } from "@playwright/test";
import { bytesOf, exportVia, parseSvg, PNG_SIGNATURE } from "../export/helpers";
import { expectKoreanUi } from "./helpers";

const HANGUL = /[\uac00-\ud7af]/;
const DIVERGENCE = "/ko/divergence?asOf=2019-03-01";
const BRIEFING = "/ko/briefing?asOf=2019-03-01&actors=ROK,USA,JPN,DPRK&views=matrix,compare,heatmap,trend,issues&pair=ROK-JPN&issues=sanctions-relief";

test.describe("[i18n] figures in Korean", () => {
  test("/ko/divergence renders in Korean, with Korean dates", async ({ page }) => {
    await page.goto(DIVERGENCE);
    await expect(page.getByRole("heading", { level: 1, name: "입장 차이" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "2019년 3월 1일 기준 쌍별 입장 차이" })).toBeVisible();
    await expectKoreanUi(page);
  });

  test("/ko/divergence: the what-if editor opens in Korean", async ({ page }) => {
    await page.goto(DIVERGENCE);
    await page.getByRole("button", { name: "시나리오 편집기 열기" }).click();
    await expect(page.getByRole("button", { name: "시나리오 편집기 열기" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "2019년 3월 1일 기준 쌍별 입장 차이" })).toBeVisible();
    await expectKoreanUi(page);
  });

  test("/ko/briefing renders the pack in Korean", async ({ page }) => {
    await page.goto(BRIEFING);
    await expect(page.getByRole("heading", { level: 1, name: "브리핑 자료" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "한반도 평화 프로세스: 행위자별 입장" })).toBeVisible();
    // The figures are server-built SVG: their titles, legends and source lines are Korean too.
    const figureTexts = await page.locator(".pack-figure svg text").allTextContents();
    expect(figureTexts.some((t) => t.startsWith("출처: Stance Atlas, 2019년 3월 1일 기준 보기"))).toBe(true);
    expect(figureTexts).toContain("행위자 간 입장 차이");
    await expectKoreanUi(page);
  });

  test("an SVG export on /ko/divergence has the Korean title and Korean issue names", async ({ page }) => {
    await page.goto(DIVERGENCE);
    const chart = page.locator('[data-chart="pair-issue-gaps"]');
    const title = (await chart.locator("h3").textContent())!.trim();
    expect(title).toMatch(HANGUL);
    // The issue names as the page shows them (the bars are a table: one row per issue), in Korean from the database.
    const issueNames = (await chart.locator("table tbody tr th").allTextContents()).map((s) => s.trim());
    expect(issueNames.length).toBeGreaterThan(2);
    for (const n of issueNames) expect(n).toMatch(HANGUL);
    const download = await exportVia(page, `${title} 내보내기`, "SVG 벡터");
    const svg = await parseSvg(page, (await bytesOf(download)).toString("utf8"));
    expect(svg.error).toBeNull();
    expect(svg.texts).toContain(title);
    // Axis labels are the issue names, shortened with an ellipsis when long; compare without white space.
    const bare = (x: string) => x.replace(/\s+/g, "");
    const drawn = issueNames.filter((n) => svg.texts.some((t) => bare(t) === bare(n) || (t.endsWith("…") && bare(n).startsWith(bare(t.slice(0, -1))))));
    expect(drawn.length).toBe(issueNames.length);
    expect(svg.texts.some((t) => t.startsWith("출처: Stance Atlas, 2019년 3월 1일 기준 보기"))).toBe(true);
    expect(svg.texts.filter((t) => /\b(Source|as of|issues)\b/.test(t))).toEqual([]);
  });

  test("the matrix export on /ko names actors and issues in Korean, and with details prints the Korean summaries", async ({ page }) => {
    await page.goto("/ko?asOf=2019-03-01");
    const menu = "입장 매트릭스 내보내기";
    const plain = await parseSvg(page, (await bytesOf(await exportVia(page, menu, "SVG 벡터"))).toString("utf8"));
    expect(plain.error).toBeNull();
    for (const name of ["한국", "일본", "미국", "북한"]) expect(plain.texts).toContain(name);
    expect(plain.texts.some((t) => /^South Korea$|^Japan$|^Sequencing$/.test(t))).toBe(false);
    // With summaries: the seed's Korean summary of South Korea on the meaning of complete denuclearization in 2019.
    await page.getByRole("button", { name: menu }).click();
    const details = page.getByRole("menuitemcheckbox", { name: /요약과 근거 포함/ });
    await details.click();
    await expect(details).toHaveAttribute("aria-checked", "true");
    await page.keyboard.press("Escape");
    const detailed = await parseSvg(page, (await bytesOf(await exportVia(page, menu, "SVG 벡터"))).toString("utf8"));
    // Wrapped over lines: compared without white space.
    const joined = detailed.texts.join("").replace(/\s+/g, "");
    expect(joined).toContain("문재인정부에서한국은");
    expect(joined).not.toContain("UnderMoon,Seoul");
  });

  test("a PNG export on /ko/divergence draws Hangul glyphs, not missing-glyph boxes", async ({ page }) => {
    await page.goto(DIVERGENCE);
    const menu = "행위자 간 입장 차이 내보내기";
    const svgText = (await bytesOf(await exportVia(page, menu, "SVG 벡터"))).toString("utf8");
    const png = await bytesOf(await exportVia(page, menu, "PNG 이미지 (2×)"));
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const result = await comparePngTitle(page, png, svgText, "행위자 간 입장 차이");
    // The title band has ink, and it differs from the same SVG with its title replaced by characters no font has.
    expect(result.ink).toBeGreaterThan(200);
    expect(result.differentFromTofu).toBeGreaterThan(result.ink / 4);
  });
});

/**
 * Draws the exported PNG's title band on a canvas and compares it with two renderings of the same SVG made in the
 * page with its title replaced by unassigned code points (drawn as missing-glyph boxes, "tofu", whatever the fonts).
 * Without a Hangul font the title is tofu too and the two bands are the same; counts the differing pixels.
 */
async function comparePngTitle(page: Page, png: Buffer, svg: string, title: string) {
  return page.evaluate(
    async ({ pngB64, svg, title }) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.onerror = () => reject(new Error("image did not load"));
          img.src = src;
        });
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const root = doc.documentElement;
      const w = Number(root.getAttribute("width"));
      const h = Number(root.getAttribute("height"));
      const titleEl = [...doc.getElementsByTagName("text")].find((t) => t.textContent === title)!;
      const band = { y: 0, h: Math.ceil(Number(titleEl.getAttribute("y")) + Number(titleEl.getAttribute("font-size")) * 0.4) };
      const pixels = async (src: string) => {
        const img = await load(src);
        const c = document.createElement("canvas");
        c.width = w * 2;
        c.height = h * 2;
        const ctx = c.getContext("2d")!;
        ctx.fillStyle = "#ffffff";
        ctx.fillRect(0, 0, c.width, c.height);
        ctx.drawImage(img, 0, 0, c.width, c.height);
        return ctx.getImageData(0, band.y * 2, c.width, band.h * 2).data;
      };
      const variant = (edit: (t: Element) => void) => {
        const copy = doc.cloneNode(true) as Document;
        const t = [...copy.getElementsByTagName("text")].find((x) => x.textContent === title)!;
        edit(t);
        const out = new XMLSerializer().serializeToString(copy);
        return URL.createObjectURL(new Blob([out.replace(/ width="\d+" height="\d+" viewBox=/, ` width="${w * 2}" height="${h * 2}" viewBox=`)], { type: "image/svg+xml" }));
      };
      const dark = (d: Uint8ClampedArray, i: number) => d[i] + d[i + 1] + d[i + 2] < 384;
      const diff = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
        let n = 0;
        for (let i = 0; i < a.length; i += 4) if (dark(a, i) !== dark(b, i)) n++;
        return n;
      };
      const exported = await pixels(`data:image/png;base64,${pngB64}`);
      const tofu = await pixels(variant((t) => (t.textContent = [...title].map((ch) => (ch === " " ? " " : "\u0378")).join(""))));
      let ink = 0;
      for (let i = 0; i < exported.length; i += 4) if (dark(exported, i)) ink++;
      return { ink, differentFromTofu: diff(exported, tofu) };
    },
    { pngB64: png.toString("base64"), svg, title },
  );
}
