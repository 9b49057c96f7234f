import { processState } from "@/lib/process-state";
import type { ChannelProvider, OutsideChannel } from "./provider";
import { recordingProvider } from "./recording-provider";
import { smtpProvider } from "./smtp-provider";

// Which provider serves a channel is configuration:
//   EMAIL  SMTP_URL (smtp://user:pass@host:port) → a real SMTP server; MAIL_FROM the sender.
//          Without SMTP_URL, email is recorded like SMS and push.
//   SMS, PUSH  the recording provider (a real gateway implements ChannelProvider and is chosen here).
// One provider per channel per process (SMTP connections are pooled).

const st = processState("channel-providers", () => ({ byKey: new Map<string, ChannelProvider>() }));

export function providerFor(channel: OutsideChannel): ChannelProvider {
  const smtp = channel === "EMAIL" ? process.env.SMTP_URL : undefined;
  const key = `${channel}:${smtp ?? "recording"}`;
  let p = st.byKey.get(key);
  if (!p) {
    const from = process.env.MAIL_FROM ?? "Promo Mall <no-reply@promo.local>";
    p = smtp ? smtpProvider(smtp, from, from.match(/@([^>\s]+)/)?.[1] ?? "promo.local") : recordingProvider(channel);
    st.byKey.set(key, p);
  }
  return p;
}
