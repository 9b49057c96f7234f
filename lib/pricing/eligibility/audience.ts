import type { Audience } from "../promotion-config";
import type { Channel, ShopperContext } from "../pricing-input";

/** Every condition given must hold; an empty audience is everyone. */
export function inAudience(a: Audience, shopper: ShopperContext, region: string | null | undefined, channel: Channel | null | undefined): boolean {
  if (a.newUsersOnly && !shopper.isNewUser) return false;
  if (a.memberLevels?.length && !a.memberLevels.includes(shopper.memberLevel)) return false;
  if (a.tags?.length && !a.tags.some((t) => shopper.tags.includes(t))) return false;
  const where = region ?? shopper.region;
  if (a.regions?.length && (!where || !a.regions.includes(where))) return false;
  if (a.channels?.length && (!channel || !a.channels.includes(channel))) return false;
  return true;
}
