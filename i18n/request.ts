import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { MESSAGES } from "../messages";
import { routing } from "./routing";

/**
 * The messages and formats of one request. Dates in the data are calendar dates (YYYY-MM-DD, read as UTC
 * midnight), so formatting happens in UTC: a date never shifts by a day with the server's zone.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: MESSAGES[locale],
    timeZone: "UTC",
  };
});
