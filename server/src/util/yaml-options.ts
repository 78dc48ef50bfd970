/**
 * Options every YAML read of a draft or config shares. The YAML library
 * prints its warnings itself (a Node warning for a list or mapping used as a
 * key, which it makes into text), and they would land in the CLI's stderr
 * and the server's log on every check. What is wrong with a document is
 * reported from its errors instead.
 */
export const QUIET_YAML = { logLevel: 'error' } as const;
