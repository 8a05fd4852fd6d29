import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
const page = await browser.newPage();
for (const url of process.argv.slice(2)) {
  await page.goto("http://127.0.0.1:3620" + url);
  const out = await page.locator("body").evaluate((el) => {
    const res = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest("script, style, [hidden], [aria-hidden='true'], [lang]:not([lang='ko']), .sr-only-latin")) continue;
      const st = getComputedStyle(parent);
      if (st.display === "none" || st.visibility === "hidden") continue;
      const t = (n.textContent ?? "").trim();
      if (/[A-Za-z]{2,}/.test(t)) {
        let p = parent, path = [];
        for (let i = 0; i < 4 && p; i++, p = p.parentElement) path.push(p.tagName.toLowerCase() + (p.dataset.testid ? `[${p.dataset.testid}]` : "") + (p.id ? `#${p.id}` : ""));
        res.push(path.join("<") + " :: " + t.slice(0, 90));
      }
    }
    return res;
  });
  console.log("=== " + url);
  for (const l of [...new Set(out)]) console.log(l);
}
await browser.close();
