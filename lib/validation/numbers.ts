import { z } from "zod";

/** A whole number in [min, max], with the messages the forms localize. */
export const wholeNumber = (min: number, max: number) =>
  z.number({ error: "must be a whole number" }).int("must be a whole number").min(min, `at least ${min}`).max(max, `at most ${max.toLocaleString("en")}`);
