import { z } from "zod";
import { badText, TEXT_PROBLEM } from "./hostile-input";

/** Text the database can hold: trimmed, no NUL characters or unpaired surrogates, bounded. */
export const textSchema = (max = 200, min = 0) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? "is required" : `at least ${min} characters`)
    .max(max, `at most ${max} characters`)
    .refine((s) => !badText(s), TEXT_PROBLEM);
