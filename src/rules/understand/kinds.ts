/**
 * What departments do: a built-in, bilingual vocabulary of what callers say to the common
 * departments of hotels and companies. A directory department gets its kind from `kind:`, or
 * from its name and description; its own keywords add to its kind's words.
 *
 * Phrases are separated by "|". Chinese phrases are found anywhere in what was said, English ones
 * as whole words (stemmed, so "towel" also finds "towels"). Prefer the words that name the thing
 * a caller needs ("毛巾", "invoice") over whole sentences: they hold in any phrasing. A phrase
 * lives with the most particular kind that does the work ("提单" with documentation, not
 * logistics); a directory without that kind hands it to the kind's `parent`, then its `fallback`.
 *
 * The words live in `kinds/`, a file per trade, and the list of kinds in `kinds/kind.ts`; this file
 * puts them together.
 */

import { AUTOMOTIVE_KINDS } from "./kinds/automotive.ts";
import { BANKING_KINDS } from "./kinds/banking.ts";
import { COMPANY_KINDS } from "./kinds/company.ts";
import { DEVELOPMENT_KINDS } from "./kinds/development.ts";
import { DINING_KINDS } from "./kinds/dining.ts";
import { EDUCATION_KINDS } from "./kinds/education.ts";
import { ELDERCARE_KINDS } from "./kinds/eldercare.ts";
import { EVERYWHERE_KINDS } from "./kinds/everywhere.ts";
import { GOVERNMENT_KINDS } from "./kinds/government.ts";
import { HEALTH_KINDS } from "./kinds/health.ts";
import { HOTEL_KINDS } from "./kinds/hotel.ts";
import { INSURANCE_KINDS } from "./kinds/insurance.ts";
import { KINDS, type Kind, type KindWords } from "./kinds/kind.ts";
import { LAW_KINDS } from "./kinds/law.ts";
import { LEISURE_KINDS } from "./kinds/leisure.ts";
import { LOGISTICS_KINDS } from "./kinds/logistics.ts";
import { PHARMA_KINDS } from "./kinds/pharma.ts";
import { PROPERTY_KINDS } from "./kinds/property.ts";
import { RETAIL_KINDS } from "./kinds/retail.ts";
import { SERVICE_KINDS } from "./kinds/service.ts";
import { TELECOM_KINDS } from "./kinds/telecom.ts";
import { TRAVEL_KINDS } from "./kinds/travel.ts";
import { UTILITY_KINDS } from "./kinds/utility.ts";

export { KINDS, type Kind, type KindWords };

export const KIND_WORDS: Record<Kind, KindWords> = {
  ...EVERYWHERE_KINDS,
  ...HOTEL_KINDS,
  ...COMPANY_KINDS,
  ...LOGISTICS_KINDS,
  ...LEISURE_KINDS,
  ...SERVICE_KINDS,
  ...EDUCATION_KINDS,
  ...PROPERTY_KINDS,
  ...HEALTH_KINDS,
  ...AUTOMOTIVE_KINDS,
  ...LAW_KINDS,
  ...PHARMA_KINDS,
  ...RETAIL_KINDS,
  ...INSURANCE_KINDS,
  ...UTILITY_KINDS,
  ...BANKING_KINDS,
  ...GOVERNMENT_KINDS,
  ...DINING_KINDS,
  ...ELDERCARE_KINDS,
  ...TRAVEL_KINDS,
  ...DEVELOPMENT_KINDS,
  ...TELECOM_KINDS,
};

/**
 * The trades whose kinds only such organisations have: an insurer's, a law firm's, a hospital's, a
 * gas or water company's, a bank's, a government service centre's, a restaurant group's, a
 * care community's, a travel agency's, a residential developer's, a telecom operator's.
 * The kinds many organisations have are of none: a company's, a hotel's, everyone's, the logistics
 * of any maker or trader, the upkeep of any premises, a resort's leisure, a shop's claims and a
 * shopping centre's digital team.
 */
const TRADES = {
  automotive: AUTOMOTIVE_KINDS,
  banking: BANKING_KINDS,
  dining: DINING_KINDS,
  development: DEVELOPMENT_KINDS,
  education: EDUCATION_KINDS,
  eldercare: ELDERCARE_KINDS,
  government: GOVERNMENT_KINDS,
  health: HEALTH_KINDS,
  insurance: INSURANCE_KINDS,
  law: LAW_KINDS,
  pharma: PHARMA_KINDS,
  telecom: TELECOM_KINDS,
  travel: TRAVEL_KINDS,
  utility: UTILITY_KINDS,
};

/** The trade a kind belongs to, none for a kind every organisation may have. */
export const KIND_TRADE: Partial<Record<Kind, string>> = Object.fromEntries(
  Object.entries(TRADES).flatMap(([trade, kinds]) => Object.keys(kinds).map((k) => [k, trade])),
);
