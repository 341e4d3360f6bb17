// Retry and timeout settings for the search client. No credentials here: they come from the environment.
export const searchConfig = {
  endpoint: process.env.SEARCH_ENDPOINT ?? 'http://localhost:9200',
  timeoutMs: 2500,
  retries: 3,
  backoff: { initialMs: 200, factor: 2, maxMs: 5000 },
  index: 'products-v7',
};
