// The flash-sale wins consumer in its own process (forked by server/main.ts): it writes orders in
// batches without waiting behind the HTTP server's event loop, and the attempt endpoint never
// waits behind it. The app process is its lifeline: when that goes (even SIGKILL), so does this;
// an entry it was writing is claimed again by the next consumer (lib/flash-sale/flash-wins.ts).
import "dotenv/config";
import { startFlashWinsConsumer, stopFlashWinsConsumer } from "@/lib/flash-sale/flash-wins";

startFlashWinsConsumer();
process.on("disconnect", () => process.exit(0));
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    stopFlashWinsConsumer();
    process.exit(0);
  });
