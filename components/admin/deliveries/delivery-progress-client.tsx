"use client";
import { useRouter } from "next/navigation";
import { JobProgressClient, type JobView } from "@/components/admin/job-progress-client";

/** The sending job's progress bar; when it is done the report above is read again. */
export function DeliveryProgressClient({ job }: { job: JobView }) {
  const router = useRouter();
  return <JobProgressClient initial={job} onDone={() => router.refresh()} />;
}
