import { notFound } from "next/navigation";
import { AppError } from "@/lib/api/errors";

/** A page's record: the data layer's NOT_FOUND (absent, or another shop's) becomes the 404 page; other errors stay errors. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
