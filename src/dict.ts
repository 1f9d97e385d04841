// dict: lists keyed by words from articles and the command line. A plain object answers "constructor" or
// "__proto__" with what it inherits from Object (a claim's cue came back a function and failed the record's
// schema); a dict answers only for its own keys.
export function dict<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
