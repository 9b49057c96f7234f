import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import { processState } from "@/lib/process-state";

// Structured JSON logs (pino, one line per record on stdout). A request's id (its X-Request-Id, or
// a new one) is kept in an AsyncLocalStorage while the request runs: every log line written under
// it carries `requestId`, and jobs queued from it carry the id in their data (`withRequestId`).

const st = processState("logger", () => ({ log: pino({ level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"), base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }), als: new AsyncLocalStorage<{ requestId: string }>() }));

export const requestId = () => st.als.getStore()?.requestId;

/** The logger, bound to the current request's id when there is one. */
export function logger() {
  const id = requestId();
  return id ? st.log.child({ requestId: id }) : st.log;
}

export function runWithRequestId<T>(id: string, fn: () => Promise<T>) {
  return st.als.run({ requestId: id }, fn);
}

/** Job data with the current request's id, for jobs queued while serving a request. */
export const withRequestId = <T extends object>(data: T): T & { requestId?: string } => {
  const id = requestId();
  return id ? { ...data, requestId: id } : data;
};
