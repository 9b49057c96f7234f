// Display of report ratios (never money: amounts stay integer cents and go through formatYuan).

/** A rate as a percentage with one decimal, "—" when there is nothing to divide by. */
export const formatRate = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);

/** ROI (GMV ÷ cost) with two decimals, "—" without cost. */
export const formatRoi = (v: number | null) => (v === null ? "—" : v.toFixed(2));
