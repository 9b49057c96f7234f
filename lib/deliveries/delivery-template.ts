// Message text with variables: {{name}} (the shopper's name), {{shop}} (the sending shop, or the
// platform), {{coupon}} (the granted coupon's name). An unknown variable is refused when the
// delivery is created, naming it — never sent as raw braces.

export const TEMPLATE_VARIABLES = ["name", "shop", "coupon"] as const;
export type TemplateValues = Record<(typeof TEMPLATE_VARIABLES)[number], string>;
const VAR = /\{\{\s*([^}\s]*)\s*\}\}/g;

/** Variables the text uses that do not exist. */
export function unknownVariables(text: string): string[] {
  return [...text.matchAll(VAR)].map((m) => m[1]).filter((v) => !(TEMPLATE_VARIABLES as readonly string[]).includes(v));
}

export function renderTemplate(text: string, values: TemplateValues): string {
  return text.replace(VAR, (_, v: keyof TemplateValues) => values[v] ?? "");
}
