// The Lua scripts of the flash-sale gate. Each touches only the keys of one flash sale, which
// share the hash tag {fs:<promotionId>}, so they run unchanged on Redis Cluster. Redis runs a
// script atomically: no other command sees a half-done attempt.
//
// KEYS (always): 1 meta  2 stock  3 limits  4 users  5 idem
//   meta   hash: start, end (epoch ms), loaded = 1
//   stock  hash: skuId → units left
//   limits hash: skuId → per-user limit
//   users  hash: "<shopperId>:<skuId>" → units this shopper holds (won, not given back)
//   idem   hash: "<shopperId>:<idempotencyKey>" → first result ("WON:<token or orderId>", "SOLD_OUT", "LIMIT_REACHED")

/**
 * ARGV: now, skuId, shopperId, quantity, idempotencyKey, token, per-shopper attempts allowed per
 * second, the shopper's channel ("" when unknown) → {result, detail}. The shopper's rate is counted here too (KEYS[6], this second's
 * counter), so an attempt costs one round trip. A win is appended to the sale's stream (KEYS[7],
 * same hash tag) in the same script: Redis never holds a win without its queue entry.
 */
export const ATTEMPT = `
if redis.call('HGET', KEYS[1], 'loaded') ~= '1' then return {'MISSING', ''} end
local idemField = ARGV[3] .. ':' .. ARGV[5]
local prior = redis.call('HGET', KEYS[5], idemField)
-- a replay (the page asking after its queued win) is one read and does not count against the rate
if prior then return {'REPLAY', prior} end
local hits = redis.call('INCR', KEYS[6])
if hits == 1 then redis.call('PEXPIRE', KEYS[6], 2000) end
if hits > tonumber(ARGV[7]) then return {'RATE_LIMITED', ''} end
local now = tonumber(ARGV[1])
if now < tonumber(redis.call('HGET', KEYS[1], 'start')) then return {'NOT_STARTED', ''} end
if now >= tonumber(redis.call('HGET', KEYS[1], 'end')) then return {'ENDED', ''} end
local limit = redis.call('HGET', KEYS[3], ARGV[2])
if not limit then return {'NOT_IN_SALE', ''} end
local qty = tonumber(ARGV[4])
local userField = ARGV[3] .. ':' .. ARGV[2]
local held = tonumber(redis.call('HGET', KEYS[4], userField) or '0')
if held + qty > tonumber(limit) then
  redis.call('HSET', KEYS[5], idemField, 'LIMIT_REACHED')
  return {'LIMIT_REACHED', ''}
end
local left = tonumber(redis.call('HGET', KEYS[2], ARGV[2]) or '0')
if left < qty then
  redis.call('HSET', KEYS[5], idemField, 'SOLD_OUT')
  return {'SOLD_OUT', ''}
end
redis.call('HINCRBY', KEYS[2], ARGV[2], -qty)
redis.call('HINCRBY', KEYS[4], userField, qty)
redis.call('HSET', KEYS[5], idemField, 'WON:' .. ARGV[6])
-- the win, durably queued in the same atomic step: the order is written off the request path
redis.call('XADD', KEYS[7], '*', 's', ARGV[3], 'k', ARGV[2], 'q', ARGV[4], 'i', ARGV[5], 'a', ARGV[1], 'c', ARGV[8])
redis.call('PEXPIRE', KEYS[7], 172800000)
return {'WON', ARGV[6]}`;

/**
 * Loads counters if (and only if) they are not loaded: two loaders racing, or a loader racing an
 * attempt, never overwrite live counters. ARGV: start, end, ttlMs, n, then n × (skuId, left,
 * limit), then pairs of (field, value) for users, a "|" separator, pairs for idem.
 */
export const LOAD = `
if redis.call('HGET', KEYS[1], 'loaded') == '1' then return 0 end
redis.call('DEL', KEYS[2], KEYS[3], KEYS[4], KEYS[5])
local n = tonumber(ARGV[4])
local i = 5
for _ = 1, n do
  redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
  redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 2])
  i = i + 3
end
local target = KEYS[4]
while i <= #ARGV do
  if ARGV[i] == '|' then target = KEYS[5]; i = i + 1
  else redis.call('HSET', target, ARGV[i], ARGV[i + 1]); i = i + 2 end
end
redis.call('HSET', KEYS[1], 'start', ARGV[1], 'end', ARGV[2], 'loaded', '1')
for k = 1, 5 do redis.call('PEXPIRE', KEYS[k], ARGV[3]) end
return 1`;

/**
 * Gives units back (an attempt whose order could not be written, a cancelled or timed-out
 * order). ARGV: skuId, shopperId, quantity, idempotencyKey or "" (its record is forgotten so a
 * retry may try again), stock "1" to return the units to the stock or "0" when the database said
 * the stock is gone (the Redis unit was a phantom left by a rebuild: dropping it lets Redis
 * converge on the database). Does nothing if the counters are not loaded: a later load reads
 * the database, which already reflects the give-back.
 */
export const RELEASE = `
if redis.call('HGET', KEYS[1], 'loaded') ~= '1' then return 0 end
local qty = tonumber(ARGV[3])
if ARGV[5] ~= '0' then redis.call('HINCRBY', KEYS[2], ARGV[1], qty) end
local userField = ARGV[2] .. ':' .. ARGV[1]
local held = tonumber(redis.call('HGET', KEYS[4], userField) or '0')
if held - qty <= 0 then redis.call('HDEL', KEYS[4], userField) else redis.call('HINCRBY', KEYS[4], userField, -qty) end
if ARGV[4] ~= '' then redis.call('HDEL', KEYS[5], ARGV[2] .. ':' .. ARGV[4]) end
return 1`;

/** Records the order of a win under its idempotency record. ARGV: shopperId, idempotencyKey, orderId */
export const RECORD = `
local f = ARGV[1] .. ':' .. ARGV[2]
if redis.call('HGET', KEYS[1], 'loaded') ~= '1' then return 0 end
redis.call('HSET', KEYS[5], f, 'WON:' .. ARGV[3])
return 1`;

/** Forgets the counters so the next attempt (or the admin's rebuild) loads them from the database. */
export const DROP = `return redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5])`;


/**
 * A queued win the database refused (or that could not be written at all): gives the unit back
 * and records the outcome ("" forgets the record, so the same request may try again) — only while
 * the win is still pending, so a second consumer settling the same entry changes nothing.
 * ARGV: skuId, shopperId, quantity, idempotencyKey, stock "1" to return the unit / "0" when the
 * database says the stock is gone, outcome.
 */
export const REFUSE = `
local f = ARGV[2] .. ':' .. ARGV[4]
local cur = redis.call('HGET', KEYS[5], f)
if not cur or string.sub(cur, 1, 12) ~= 'WON:pending-' then return 0 end
if redis.call('HGET', KEYS[1], 'loaded') == '1' then
  local qty = tonumber(ARGV[3])
  if ARGV[5] ~= '0' then redis.call('HINCRBY', KEYS[2], ARGV[1], qty) end
  local uf = ARGV[2] .. ':' .. ARGV[1]
  local held = tonumber(redis.call('HGET', KEYS[4], uf) or '0')
  if held - qty <= 0 then redis.call('HDEL', KEYS[4], uf) else redis.call('HINCRBY', KEYS[4], uf, -qty) end
end
if ARGV[6] == '' then redis.call('HDEL', KEYS[5], f) else redis.call('HSET', KEYS[5], f, ARGV[6]) end
return 1`;