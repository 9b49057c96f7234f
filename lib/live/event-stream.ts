import { responseReply } from "@/lib/api/handler";

/**
 * Server-sent events: `next()` every `everyMs` as one `data:` line of JSON, until the client goes
 * away (the stream is cancelled) or `maxMs` passes (the browser's EventSource reconnects by
 * itself). A failed read is sent as an `error` event and the stream goes on.
 */
export function eventStream(next: () => Promise<unknown>, everyMs = 2_000, maxMs = 5 * 60_000) {
  const enc = new TextEncoder();
  let timer: NodeJS.Timeout | null = null;
  const started = Date.now();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const push = async () => {
        try {
          controller.enqueue(enc.encode(`data: ${JSON.stringify(await next())}\n\n`));
        } catch (e) {
          controller.enqueue(enc.encode(`event: error\ndata: ${JSON.stringify({ message: (e as Error).message })}\n\n`));
        }
        if (Date.now() - started > maxMs) {
          if (timer) clearInterval(timer);
          controller.close();
        }
      };
      controller.enqueue(enc.encode(`retry: ${everyMs}\n\n`));
      await push();
      timer = setInterval(() => void push().catch(() => timer && clearInterval(timer)), everyMs);
    },
    cancel() {
      if (timer) clearInterval(timer);
    },
  });
  return responseReply(new Response(stream, { headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store, no-transform", connection: "keep-alive", "x-accel-buffering": "no" } }));
}
