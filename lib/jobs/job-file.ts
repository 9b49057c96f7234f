import { db } from "@/lib/db/client";

/**
 * A job's CSV, written in chunks to the database (not to one instance's disk): any instance can
 * serve the download, and a restarted job starts its file again.
 */
export class JobFileWriter {
  private seq = 0;
  private buffer: string[] = [];
  private size = 0;
  private constructor(private readonly jobId: string) {}

  static async open(jobId: string) {
    await db.jobChunk.deleteMany({ where: { jobId } });
    return new JobFileWriter(jobId);
  }

  async write(text: string) {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= 256_000) await this.flush();
  }

  async close() {
    await this.flush();
  }

  private async flush() {
    if (!this.buffer.length) return;
    await db.jobChunk.create({ data: { jobId: this.jobId, seq: this.seq++, text: this.buffer.join("") } });
    this.buffer = [];
    this.size = 0;
  }
}

/** The file as a stream, chunk by chunk in order. */
export function readJobFile(jobId: string): ReadableStream<Uint8Array> {
  let seq = 0;
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const chunk = await db.jobChunk.findUnique({ where: { jobId_seq: { jobId, seq } } });
      if (!chunk) return controller.close();
      seq++;
      controller.enqueue(encoder.encode(chunk.text));
    },
  });
}

/** The whole file as text (tests, small files). */
export async function jobFileText(jobId: string) {
  const chunks = await db.jobChunk.findMany({ where: { jobId }, orderBy: { seq: "asc" }, select: { text: true } });
  return chunks.map((c) => c.text).join("");
}
