// Every Redis key of the application is built here. Keys that one Lua script touches together
// share a hash tag ({...}) so the script runs unchanged on Redis Cluster.
export const keys = {
  rateLimit: (bucket: string, window: number) => `rl:{${bucket}}:${window}`,
};
