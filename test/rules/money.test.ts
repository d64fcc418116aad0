import { describe, expect, it } from "vitest";
import { inCurrency, ratesUsed, refundOf, sumOf } from "../../src/rules/money.ts";

const usd = (amount: string) => ({ amount, currency: "USD" });
const cny = (amount: string) => ({ amount, currency: "CNY" });

describe("money", () => {
  it("converts into the deposit's currency at the configured rate, and not without one", () => {
    expect(inCurrency(usd("0.14"), "CNY", { USD: 7.1 })).toEqual({ ...cny("0.994"), rate: 7.1 });
    expect(inCurrency(cny("3"), "CNY", {})).toEqual(cny("3"));
    expect(inCurrency(usd("0.14"), "CNY", { EUR: 7.8 })).toBeNull();
  });

  it("adds both legs in their own currency, or in the deposit's when they differ", () => {
    expect(sumOf([usd("0.014"), usd("0.085")], "CNY", {})).toEqual(usd("0.099"));
    expect(sumOf([usd("0.1"), cny("1")], "CNY", { USD: 7 })).toEqual(cny("1.7"));
    expect(sumOf([usd("0.1"), cny("1")], "CNY", {})).toBeNull();
    expect(sumOf([], "CNY", {})).toBeNull();
    // The rates a sum was converted at, for its audit entry.
    expect(ratesUsed([usd("0.1"), cny("1")], cny("1.7"), { USD: 7, EUR: 8 })).toEqual({ USD: 7 });
    expect(ratesUsed([usd("0.014"), usd("0.085")], usd("0.099"), { USD: 7 })).toEqual({});
  });

  it("refunds the deposit less the cost, converted to the cent, or says the rate is missing", () => {
    expect(refundOf(cny("200"), cny("1.5"), {})).toEqual({
      refund: cny("198.50"),
      converted: null,
    });
    expect(refundOf(cny("200"), usd("0.14"), { USD: 7.1 })).toEqual({
      refund: cny("199.01"),
      converted: { from: usd("0.14"), rate: 7.1, cost: cny("0.99") },
    });
    expect(refundOf(cny("200"), usd("0.14"), {})).toEqual({
      rateMissing: { from: "USD", to: "CNY" },
    });
    expect(refundOf(null, usd("0.14"), {})).toBeNull();
    expect(refundOf(cny("200"), null, {})).toBeNull();
  });
});
