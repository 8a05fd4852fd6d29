import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
const page = await browser.newPage();
page.on("console", (m) => console.log("console:", m.type(), m.text().slice(0, 600)));
page.on("pageerror", (e) => console.log("pageerror:", e.message.slice(0, 600)));
await page.goto("http://127.0.0.1:3620" + process.argv[2]);
await page.waitForTimeout(3000);
console.log((await page.locator("h1").allTextContents()).join(" | "));
await browser.close();
