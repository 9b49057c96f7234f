import { renderTemplate, type TemplateValues } from "./delivery-template";
import { clickUrl, oneClickUnsubscribeUrl, unsubscribeUrl } from "./signed-links";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

type Source = { id: string; title: string; body: string; html: string | null; link: string | null };

/**
 * A delivery's email for one shopper: subject and text from the title and body, HTML from the
 * delivery's HTML template (values HTML-escaped) or made from the text; the link tracked; an
 * unsubscribe link in both parts, and the List-Unsubscribe headers for one-click (RFC 8058).
 */
export function emailFor(d: Source, shopperId: string, values: TemplateValues) {
  const link = d.link ? clickUrl(d.id, shopperId, "EMAIL") : null;
  const unsub = unsubscribeUrl(shopperId, "EMAIL");
  const text = `${renderTemplate(d.body, values)}${link ? `\n\n${link}` : ""}\n\n—\nUnsubscribe / 退订: ${unsub}\n`;
  const escaped = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, escapeHtml(v)])) as TemplateValues;
  const inner = d.html
    ? renderTemplate(d.html, escaped)
    : renderTemplate(escapeHtml(d.body), escaped)
        .split(/\n{2,}/)
        .map((p) => `<p style="margin:0 0 12px">${p.replace(/\n/g, "<br>")}</p>`)
        .join("");
  const button = link ? `<p style="margin:20px 0"><a href="${escapeHtml(link)}" style="background:#e11d48;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(renderTemplate(d.title, values))}</a></p>` : "";
  const html = `<!doctype html><html><body style="font-family:sans-serif;color:#111;max-width:560px;margin:auto">${inner}${button}<hr style="border:none;border-top:1px solid #ddd"><p style="font-size:12px;color:#666"><a href="${escapeHtml(unsub)}">Unsubscribe / 退订</a></p></body></html>`;
  return {
    subject: renderTemplate(d.title, values),
    text,
    html,
    headers: { "List-Unsubscribe": `<${oneClickUnsubscribeUrl(shopperId, "EMAIL")}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/** An SMS or push: the text, the tracked link, and how to stop (SMS: the unsubscribe page). */
export function shortMessageFor(d: Source, shopperId: string, channel: "SMS" | "PUSH", values: TemplateValues) {
  const link = d.link ? ` ${clickUrl(d.id, shopperId, channel)}` : "";
  const stop = channel === "SMS" ? ` 退订/STOP: ${unsubscribeUrl(shopperId, "SMS")}` : "";
  return { subject: renderTemplate(d.title, values), text: `${renderTemplate(d.body, values)}${link}${stop}` };
}
