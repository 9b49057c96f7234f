// One cart line and how it is stored (the cart cookie and the server cart share the format).

/** `off`: the shopper unticked the line in the cart — kept, shown, but not priced or ordered. */
export type CartLine = { skuId: string; quantity: number; off?: boolean };
/** A line as stored (cookie and server cart): [skuId, quantity] or [skuId, quantity, 0] when unticked. */
export const storedLine = (l: CartLine) => (l.off ? [l.skuId, l.quantity, 0] : [l.skuId, l.quantity]);
export const fromStored = ([skuId, quantity, flag]: (string | number)[]): CartLine => ({ skuId: String(skuId), quantity: Number(quantity), ...(flag === 0 ? { off: true } : {}) });

/** The ticked lines — what the cart prices and checkout orders. */
export const checkedLines = (lines: CartLine[]): CartLine[] => lines.filter((l) => !l.off).map(({ skuId, quantity }) => ({ skuId, quantity }));

/** Ticks or unticks lines (`skuIds` null: every line). */
export function tickLines(lines: CartLine[], skuIds: string[] | null, checked: boolean): CartLine[] {
  return lines.map((l) => (skuIds === null || skuIds.includes(l.skuId) ? (checked ? { skuId: l.skuId, quantity: l.quantity } : { ...l, off: true }) : l));
}
