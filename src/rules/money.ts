// Amounts of money as the register keeps them (decimal text with a currency), added up and
// converted into the deposit's currency. Pure.

/** An amount as decimal text, and its ISO 4217 currency. */
export interface Money {
  amount: string;
  currency: string;
}

/** How much of the deposit's currency one unit of each other currency is worth: `{ USD: 7.1 }`. */
export type ExchangeRates = Readonly<Record<string, number>>;

/** Rates a conversion is made at, and the day they are from (YYYY-MM-DD), if known. */
export interface DatedRates {
  rates: ExchangeRates;
  date: string | null;
}

/** An amount as decimal text with at most five places, as Twilio prices: "0.85", "12", "0.01275". */
export function money(amount: number): string {
  return String(Math.round(amount * 100_000) / 100_000);
}

/** `m` in `currency`, at the rate for its own; null when there is no rate. */
export function inCurrency(
  m: Money,
  currency: string,
  rates: ExchangeRates,
): (Money & { rate?: number }) | null {
  if (m.currency === currency) return m;
  const rate = rates[m.currency];
  if (rate === undefined) return null;
  return { amount: money(Number(m.amount) * rate), currency, rate };
}

/**
 * The sum of amounts: in their currency when they share one, else in `into` at its rates;
 * null when one of them has no rate.
 */
export function sumOf(amounts: readonly Money[], into: string, rates: ExchangeRates): Money | null {
  const [first] = amounts;
  if (!first) return null;
  const currency = amounts.every((m) => m.currency === first.currency) ? first.currency : into;
  let total = 0;
  for (const m of amounts) {
    const converted = inCurrency(m, currency, rates);
    if (!converted) return null;
    total += Number(converted.amount);
  }
  return { amount: money(total), currency };
}

/** The rate each of `amounts`' currencies was converted at to make `total` (none when all are in its). */
export function ratesUsed(
  amounts: readonly Money[],
  total: Money,
  rates: ExchangeRates,
): Record<string, number> {
  const used: Record<string, number> = {};
  for (const m of amounts) {
    const rate = rates[m.currency];
    if (m.currency !== total.currency && rate !== undefined) used[m.currency] = rate;
  }
  return used;
}

/** What a private call's deposit leaves to refund once its cost is known. */
export type Refund =
  | {
      refund: Money;
      /** The cost converted into the deposit's currency, when it was in another. */
      converted: { from: Money; rate: number; cost: Money } | null;
    }
  | { rateMissing: { from: string; to: string } };

/**
 * The deposit less the cost, in the deposit's currency, to the cent; the cost converted at the
 * configured rate when it is in another currency. Null until both are known.
 */
export function refundOf(
  deposit: Money | null,
  cost: Money | null,
  rates: ExchangeRates,
): Refund | null {
  if (!deposit || !cost) return null;
  const converted = inCurrency(cost, deposit.currency, rates);
  if (!converted) return { rateMissing: { from: cost.currency, to: deposit.currency } };
  const costThere = { amount: cents(Number(converted.amount)), currency: deposit.currency };
  return {
    refund: {
      amount: cents(Number(deposit.amount) - Number(costThere.amount)),
      currency: deposit.currency,
    },
    converted:
      converted.rate === undefined ? null : { from: cost, rate: converted.rate, cost: costThere },
  };
}

function cents(amount: number): string {
  return (Math.round(amount * 100) / 100).toFixed(2);
}
