/** Use cases return results, not HTTP errors: the web edge maps each failure to a status and a message. */
export type Failure<K extends string = string> = { ok: false; error: K; detail?: Record<string, string> };
export type Success<T> = { ok: true; value: T };
export type Result<T, K extends string = string> = Success<T> | Failure<K>;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });
export const fail = <K extends string>(error: K, detail?: Record<string, string>): Failure<K> =>
  detail ? { ok: false, error, detail } : { ok: false, error };
