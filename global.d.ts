import type { routing } from "./i18n/routing";
import type { Messages } from "./messages";

// next-intl's types: t("...") only accepts keys of the English catalogue (a missing key fails `tsc`), and the
// locale is one of ours. The Korean catalogue has exactly the same keys (tests/i18n/catalogues.test.ts).
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: Messages;
  }
}
