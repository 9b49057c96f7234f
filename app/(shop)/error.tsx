"use client";
import { ErrorNoticeClient } from "@/components/ui/error-notice-client";

export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNoticeClient reset={reset} />;
}
