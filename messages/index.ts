/**
 * The message catalogues, English and Korean, one file per area of the product (so that work on one area does not
 * touch another's file); each file holds whole namespaces, and a namespace lives in exactly one file
 * (tests/i18n/catalogues.test.ts). Keys are the same in both languages.
 */
import enAdmin from "./en/admin.json";
import enCore from "./en/core.json";
import enError from "./en/error.json";
import enExport from "./en/export.json";
import enFigures from "./en/figures.json";
import enViewsMatrix from "./en/views-matrix.json";
import enViewsPages from "./en/views-pages.json";
import koAdmin from "./ko/admin.json";
import koCore from "./ko/core.json";
import koError from "./ko/error.json";
import koExport from "./ko/export.json";
import koFigures from "./ko/figures.json";
import koViewsMatrix from "./ko/views-matrix.json";
import koViewsPages from "./ko/views-pages.json";

export const CATALOGUE_FILES = {
  en: { core: enCore, "views-matrix": enViewsMatrix, "views-pages": enViewsPages, admin: enAdmin, figures: enFigures, export: enExport, error: enError },
  ko: { core: koCore, "views-matrix": koViewsMatrix, "views-pages": koViewsPages, admin: koAdmin, figures: koFigures, export: koExport, error: koError },
};

export const en = { ...enCore, ...enViewsMatrix, ...enViewsPages, ...enAdmin, ...enFigures, ...enExport, ...enError };
export const ko = { ...koCore, ...koViewsMatrix, ...koViewsPages, ...koAdmin, ...koFigures, ...koExport, ...koError };

export type Messages = typeof en;
export const MESSAGES: Record<"en" | "ko", Messages> = { en, ko: ko as Messages };
