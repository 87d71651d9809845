// Per-line memos for the keystroke path. An editor sends the whole document on every keystroke and the
// engine reads it line by line many times (dates, personal data, length, keywords…); a pure function of
// one line's text gives the same answer for every line the edit did not touch, so it is looked up instead
// of computed. Results are frozen: a caller that changed one would change it for every later document.

export interface TextMemoOptions {
  /** Entries kept before the memo starts over (a plain clear: cheap, and refilled by the next analysis). */
  maxEntries?: number;
  /** Longer texts are computed afresh: hashing them costs about what reading them does. */
  maxLength?: number;
}

export function memoByText<T>(compute: (text: string) => T, options: TextMemoOptions = {}): (text: string) => T {
  const maxEntries = options.maxEntries ?? 20_000;
  const maxLength = options.maxLength ?? 2_000;
  const memo = new Map<string, T>();
  return (text: string): T => {
    if (text.length > maxLength) return compute(text);
    let result = memo.get(text);
    if (result === undefined && !memo.has(text)) {
      result = deepFreeze(compute(text));
      if (memo.size >= maxEntries) memo.clear();
      memo.set(text, result);
    }
    return result as T;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
